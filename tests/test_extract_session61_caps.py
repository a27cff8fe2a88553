"""Session 61, caps shared out: each test pins one rule of the session on invented text; each
rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def _kinds(text: str, *surfaces: str) -> list[str]:
    found = _claims(text)
    return [found[surface].kind for surface in surfaces]


def test_a_list_of_amounts_after_a_ceiling_shares_the_ceiling_out() -> None:
    text = ("Ghana's new ceilings are 52,000 tonnes for maize, 31,500 tonnes for sorghum and "
            "8,000 tonnes for millet.")
    assert _kinds(text, "52,000 tonnes", "31,500 tonnes", "8,000 tonnes") == ["cap"] * 3


def test_the_parts_given_with_a_quota_are_caps() -> None:
    text = ("Vietnam has set this year's rice import quota at 2.1 million tonnes, with 1.4 "
            "million tonnes for Cambodian grain and 700,000 tonnes for Laotian grain.")
    assert _kinds(text, "2.1 million tonnes", "1.4 million tonnes",
                  "700,000 tonnes") == ["cap"] * 3


def test_a_list_after_a_colon_that_names_quotas_opens_with_a_cap() -> None:
    text = ("Kenya's tariff quotas apply from July 1: 40,000 tons for sugar, 25,000 tons for "
            "butter and 9,000 tons for cheese.")
    assert _kinds(text, "40,000 tons", "25,000 tons", "9,000 tons") == ["cap"] * 3


def test_a_list_after_a_colon_about_a_flow_stays_levels() -> None:
    # near miss: the words before the colon name a flow, so the list is of amounts moved
    text = ("Kenya's exports under the quota slipped last year: 40,000 tons for sugar, 25,000 "
            "tons for butter.")
    assert _kinds(text, "40,000 tons", "25,000 tons") == ["level", "level"]


def test_a_part_moved_after_a_quota_is_a_level() -> None:
    # near miss: the part after `with` was sold, a flow, not a share of the quota
    text = "The quota stood at 2 million tonnes for 2024, with 1.5 million tonnes sold by March."
    assert _kinds(text, "2 million tonnes", "1.5 million tonnes") == ["cap", "level"]


def test_a_list_of_amounts_for_goods_without_a_cap_stays_levels() -> None:
    # near miss: no cap before the list, so shared-out amounts are plain amounts
    text = ("Ghana's harvests were 52,000 tonnes for maize, 31,500 tonnes for sorghum and 8,000 "
            "tonnes for millet.")
    assert _kinds(text, "52,000 tonnes", "31,500 tonnes", "8,000 tonnes") == ["level"] * 3


# The review's findings on the rules above (each fails on the code before the mend).

def test_a_caps_run_goes_on_past_what_the_cap_covers() -> None:
    text = ("Chile's tariff quotas come to 1.95 million tonnes in 2026, then 2.05 million tonnes "
            "in 2027 for duty-free imports.")
    assert _kinds(text, "1.95 million tonnes", "2.05 million tonnes") == ["cap", "cap"]


def test_a_part_after_a_quota_that_moves_on_its_own_is_a_level() -> None:
    text = "The quota is 3 million tonnes, with 2.6 million tonnes of barley arriving by July."
    assert _kinds(text, "3 million tonnes", "2.6 million tonnes") == ["cap", "level"]
    text = "The quota is 3 million tonnes, with 1.1 million tonnes for Oman reaching port by May."
    assert _kinds(text, "3 million tonnes", "1.1 million tonnes") == ["cap", "level"]


def test_a_verb_of_limiting_before_a_colon_opens_no_cap_list() -> None:
    text = "Frost limits harvests this year: 61,000 tons for apples, 17,000 tons for pears."
    assert _kinds(text, "61,000 tons", "17,000 tons") == ["level", "level"]


# The reread's slips (each fails on the code before its fix).

def test_ceilings_shared_out_by_country_are_all_caps() -> None:
    text = ("The ceilings are 44,000 tonnes for Ghana, 27,500 tonnes for Togo and 12,000 tonnes "
            "for Benin.")
    assert _kinds(text, "44,000 tonnes", "27,500 tonnes", "12,000 tonnes") == ["cap"] * 3


def test_a_part_for_a_country_reaching_port_after_a_quota_is_a_level() -> None:
    text = "The quota is 3 million tonnes, with 1.1 million tonnes for Oman reaching port."
    assert _kinds(text, "3 million tonnes", "1.1 million tonnes") == ["cap", "level"]
