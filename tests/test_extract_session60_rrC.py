"""Session 60 reread (rrC): code-level slips in the session's rules, each pinned on invented text
that fails without its fix."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2030, 3, 12))


def test_an_earlier_amount_with_thousands_commas_still_names_its_time() -> None:
    found = _claims("Samoa's taro shipments to New Zealand were worth WST 38mn in the quarter, "
                    "13% below the WST 43,700,000 of the same quarter of 2028.")
    assert found["13%"].kind == "change" and found["13%"].direction == "down"


def test_a_cap_in_dollars_named_after_its_figure_is_governed_by_the_verb() -> None:
    found = _claims("Apia plans to enforce a $7 billion annual cap on timber imports from Laos.")
    assert found["$7 billion"].modality == "reported"


def test_a_cap_moved_to_a_hedged_amount_by_a_draft_is_planned() -> None:
    found = _claims("A draft decree would trim the quota to about 52,000 tonnes of cassava imports "
                    "from Ghana.")
    assert found["52,000 tonnes"].modality == "planned"


def test_a_proposed_quota_over_a_span_of_years_is_planned() -> None:
    found = _claims("Quito has proposed a quota over the coming two years of 61,000 tonnes for "
                    "banana imports from Peru.")
    assert found["61,000 tonnes"].modality == "planned"
