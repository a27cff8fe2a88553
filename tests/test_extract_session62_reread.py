"""Session 62, the reread: slips found by reading the session's change once more; each test
fails on the code before its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 1))


def test_a_role_share_followed_by_compared_with_is_the_partners_share() -> None:
    found = _claims("Brazil became Egypt's leading supplier of poultry, with 41.5% compared with "
                    "37.2% a year earlier.")
    claim = found["41.5%"]
    assert (claim.kind, claim.exporter, claim.importer) == ("share", "BRA", "EGY")


def test_an_adjective_in_ed_after_a_capital_article_is_no_past_verb() -> None:
    found = _claims("Zambia exported 800,000 tonnes of copper in 2024. The refined copper plant "
                    "ships about 25,000 tonnes of copper to India.")
    assert period(found["25,000 tonnes"]) == (None, None)


def test_buyers_taking_close_to_a_figure_together_have_no_single_buyer() -> None:
    found = _claims("Peru sold 150,000 tonnes of blueberries abroad in 2024. Canada and Mexico "
                    "took close to $400 million of them.")
    assert found["$400 million"].importer is None
