"""Attribution and modality rules of the thirty-eighth session's fourth round (2026-12-05), each
pinned by invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import in_body
from tradetrace.model.claim import Claim

WHEN = date(2024, 6, 12)


def _claims(text: str) -> dict[str, Claim]:
    return in_body(text, WHEN)


def test_a_past_figure_an_outlook_is_set_against_is_reported() -> None:
    """`expects ... this year, after X in 2022`, `plans to import ..., against X last year`,
    `on track to beat the X shipped in 2021`: the baseline happened; the outlook keeps its own
    modality, and so does a baseline that is itself an outlook (`against a X forecast for ...`)."""
    found = _claims("Ruritania expects rice exports of 340,000 tonnes this year, after 289,000 "
                    "tonnes in 2022.")
    assert found["340,000 tonnes"].modality == "forecast"
    assert found["289,000 tonnes"].modality == "reported"
    found = _claims("Ruritania plans to import 3 million tonnes of wheat from Canada, against "
                    "2.5 million tonnes last year.")
    assert found["3 million tonnes"].modality == "planned"
    assert found["2.5 million tonnes"].modality == "reported"
    found = _claims("Rice exports from Ruritania are on track to beat the 7.59 million tonnes "
                    "shipped in 2021.")
    assert found["7.59 million tonnes"].modality == "reported"
    found = _claims("Ruritania expects rice exports of 1.04 million tonnes this year, against a "
                    "950,000-tonne forecast for 2023.")
    assert found["1.04 million tonnes"].modality == "forecast"


def test_a_source_before_an_aside_adverb_puts_a_figure_at_an_amount() -> None:
    """`Kyrgyz statisticians, however, put trade at ...`: the subject before the aside adverb
    is the source, not the one of an earlier sentence."""
    found = _claims("Exports of rice to Ruritania rose in 2023, Freedonian customs said. "
                    "Ruritanian statisticians, however, put the country's rice imports from "
                    "Freedonia at just $5.1 million in 2023.")
    assert found["$5.1 million"].attribution == "Ruritanian statisticians"


def test_may_before_a_trade_verb_under_a_quota_is_a_permission() -> None:
    """`Under the safeguard, X may ship N`, `Miners may ship up to N`: what a rule allows, not
    an outlook; a bare `X may import N` stays a forecast."""
    found = _claims("Under the new safeguard, Ruritania may ship 205,000 tonnes of beef to "
                    "Freedonia in 2025.")
    assert found["205,000 tonnes"].modality == "reported"
    found = _claims("Ruritanian miners may ship up to 18,125 tonnes of cobalt to Freedonia "
                    "between October and December.")
    assert found["18,125 tonnes"].modality == "reported"
    found = _claims("Ruritania may import 5.5 million tonnes of potash from Freedonia in 2025.")
    assert found["5.5 million tonnes"].modality == "forecast"


def test_a_company_or_firm_that_says_a_figure_is_its_source() -> None:
    """`The company said ...`, `the firm put ... at`: a company names a source like an agency
    (a company that ships the goods is no source by itself)."""
    found = _claims("Ruritania Copper mines in Freedonia. The company said its copper exports "
                    "to China came to 230,000 tonnes in 2023.")
    assert found["230,000 tonnes"].attribution == "The company"
    found = _claims("The firm shipped 230,000 tonnes of copper to China in 2023.")
    assert found["230,000 tonnes"].attribution is None
    found = _claims("In May, Ruritania Rice Company had given Freedonia's state food importer "
                    "20 metric tons of rice for Freedonian charities.")
    assert found["20 metric tons"].attribution is None



@pytest.mark.parametrize("text", [
    "China may import a record 10 million tonnes of soybeans from Brazil this year as tariffs "
    "bite, analysts said.",
    "India may buy 2 million barrels per day of Russian oil in 2025 despite sanctions, "
    "analysts said.",
    "Exporters said Russia may ship 45 million tonnes of wheat this season.",
])
def test_may_beside_a_tariff_sanctions_or_a_trader_named_elsewhere_is_an_outlook(
        text: str) -> None:
    assert {c.modality for c in _claims(text).values()} == {"forecast"}


def test_could_only_is_a_past_limit_not_an_outlook() -> None:
    text = "Last year Russia could only export 30 million tonnes of wheat because of the quota."
    assert {c.modality for c in _claims(text).values()} == {"reported"}
