"""Session 57, mend R: the reviewers' findings on the session's parties rules (a rival's bare
share, a share whose clause opens with its own country), each pinned on invented text; each
test fails without its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


def test_a_share_in_a_named_total_is_no_bare_share() -> None:
    found = _claims("Russia shipped 1.7 million barrels per day of crude oil to India in May. "
                    "Iraq's share in Indian imports fell to 18%.")
    assert sides(found, "18%") == ("IRQ", "IND")
    found = _claims("Brazil sent 20 million tonnes of soybeans to China during April. Argentina's "
                    "share in the Chinese market fell to 5%.")
    assert sides(found, "5%") == ("ARG", "CHN")


def test_a_rivals_bare_share_after_a_shipment_to_a_buyer_is_a_supplier_of_that_buyer() -> None:
    found = _claims("Saudi Arabia shipped 810,000 barrels per day of crude to China in May. "
                    "Russia's share rose to 20%, data showed.")
    assert sides(found, "20%") == ("RUS", "CHN")
    found = _claims("Canada exported 4.2 million barrels per day of crude to the United States in "
                    "May. Mexico's share, by contrast, fell to 5%.")
    assert sides(found, "5%") == ("MEX", "USA")


def test_a_rivals_bare_share_takes_the_side_of_the_paragraphs_one_sided_total() -> None:
    # (the total holds a figure; a rival's share is else the buyer's part: PAK's)
    found = _claims("Kenya's tea exports rose 12% in May. Kenya shipped 5,000 tonnes of tea to "
                    "Pakistan. Egypt's share fell to 20%.")
    assert sides(found, "20%") == ("KEN", "EGY")



def test_a_supplier_in_a_share_after_a_one_sided_export_total_is_the_seller() -> None:
    found = _claims("Portugal exported 410 GWh of electricity in June. France took 60% of the "
                    "exports, while Spain is expected to supply 71% of the imports next year.")
    assert sides(found, "60%") == ("PRT", "FRA")
    assert sides(found, "71%") == ("ESP", "PRT")
