"""Session 45, second round (attribution and modality): each test pins one rule of the round on
invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_count_opened_by_on_or_after_a_year_names_its_owner() -> None:
    found = _claims("On the Baltic Freight Institute's count, Latvia shipped 42,000 tonnes of "
                    "timber to Sweden in March.")
    assert found["42,000 tonnes"].attribution == "the Baltic Freight Institute's count"
    found = _claims("By the 2021 Farm Census Report's count, Kenya sold 31,000 tonnes of tea to "
                    "Egypt last year.")
    assert found["31,000 tonnes"].attribution == "the 2021 Farm Census Report's count"
    found = _claims("By KITA's count, South Korea exported 7,300 cars to Chile in May.")
    assert found["7,300 cars"].attribution == "KITA's count"


def test_figures_gone_by_or_opening_the_sentence_name_their_source() -> None:
    found = _claims("Ghana sold 12,000 tonnes of cashew to Vietnam in May, going by Kepler Trade "
                    "data.")
    assert found["12,000 tonnes"].attribution == "Kepler Trade data"
    found = _claims("On Brazilian customs figures, Chile bought 8,400 tonnes of beef from Brazil "
                    "in April.")
    assert found["8,400 tonnes"].attribution == "Brazilian customs figures"
