"""Session 45 (parties2): in-sentence exporter and importer."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_rival_buyer_takes_the_leaders_side_not_the_owners() -> None:
    found = _claims("Kenya was Tanzania's largest cashew customer in May, taking 31 percent of "
                    "the month's shipments, ahead of Egypt on 12 percent.")
    assert (found["31 percent"].exporter, found["31 percent"].importer) == ("TZA", "KEN")
    assert (found["12 percent"].exporter, found["12 percent"].importer) == ("TZA", "EGY")


def test_a_rival_row_after_on_may_carry_any_hedge() -> None:
    found = _claims("Kenya was Tanzania's largest cashew customer in May, taking 31 percent of "
                    "the month's shipments, ahead of Egypt on over 12 percent.")
    assert (found["12 percent"].exporter, found["12 percent"].importer) == ("TZA", "EGY")


def test_a_bare_rival_row_may_say_also() -> None:
    found = _claims("Kenyan tea exports reached 500,000 tonnes in 2023. Pakistan took 30 percent "
                    "of exports, Egypt also 30 percent and Britain 9 percent.")
    for surface, buyer in (("30 percent", "EGY"), ("9 percent", "GBR")):
        assert (found[surface].exporter, found[surface].importer) == ("KEN", buyer)


def test_a_list_of_destinations_leaves_the_buyer_open() -> None:
    found = _claims("Brazil sent 195,000 tonnes of sugar to Algeria, Nigeria and Egypt in May.")
    shipped = found["195,000 tonnes"]
    assert (shipped.exporter, shipped.importer) == ("BRA", None)


def test_destinations_split_respectively_keep_their_buyers() -> None:
    found = _claims("Brazil sent 195,000 tonnes and 20,000 tonnes of sugar to Algeria and Egypt, "
                    "respectively.")
    assert found["195,000 tonnes"].importer == "DZA"
    assert found["20,000 tonnes"].importer == "EGY"
