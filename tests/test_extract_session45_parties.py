"""Session 45 (parties): in-sentence exporter and importer."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_commerce_ministry_is_a_source_not_two_way_trade() -> None:
    found = _claims("Peruvian coffee shipments abroad were worth $940 million in 2023, up 9% "
                    "from $862 million a year earlier, commerce ministry figures show.")
    earlier = found["$862 million"]
    assert (earlier.exporter, earlier.importer, earlier.two_way) == ("PER", None, False)



def test_the_articles_country_taking_a_share_is_its_buyer() -> None:
    found = _claims("Kenya tops Uganda's tea markets outside the region\nKenya was the biggest "
                    "buyer of Ugandan tea outside the East African Community in March 2023, "
                    "taking 22.4% of those exports, the statistics office reported.")
    share = found["22.4%"]
    assert (share.exporter, share.importer) == ("UGA", "KEN")


def test_a_part_of_a_region_as_receiver_keeps_the_other_clauses_buyer_out() -> None:
    found = _claims("Peruvian grape shipments to the United States fell 12% to 40,000 tonnes, and "
                    "deliveries to north-western Europe slipped 6% to 25,000 tonnes.")
    assert (found["40,000 tonnes"].exporter, found["40,000 tonnes"].importer) == ("PER", "USA")
    for surface in ("6%", "25,000 tonnes"):
        assert (found[surface].exporter, found[surface].importer) == ("PER", None)
