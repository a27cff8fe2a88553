"""Session 45 (carry): what goes on to the sentences after, and what does not: the year of a
figure the report follows on from (`That followed a 29.1% rise in 2023`) is no period in force."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 1, 10))


def test_a_rise_followed_on_from_leaves_the_reported_year_in_force() -> None:
    found = _claims("Vietnam's rice exports rose 12.4% to 7.1 million tonnes in 2024. That "
                    "followed a 29.1% rise in 2023. Shipments to the Philippines reached 3.2 "
                    "million tonnes.")
    assert found["29.1%"].period_start == "2023-01-01"
    assert (found["3.2 million tonnes"].period_start,
            found["3.2 million tonnes"].period_end) == ("2024-01-01", "2024-12-31")


def test_a_drop_it_came_after_leaves_the_reported_year_in_force() -> None:
    found = _claims("Kenya's tea exports grew 8% to 500,000 tonnes in 2024. This came after a "
                    "3.2% drop in 2023. Sales to Pakistan came to 190,000 tonnes.")
    assert found["190,000 tonnes"].period_start == "2024-01-01"


def test_a_later_year_after_followed_still_moves_the_period_on() -> None:
    found = _claims("Kenya's tea exports grew 8% to 500,000 tonnes in 2023. The gain was "
                    "followed by a 3.2% drop in 2024. Sales to Pakistan came to 190,000 tonnes.")
    assert found["190,000 tonnes"].period_start == "2024-01-01"


def test_the_largest_buyer_raising_its_imports_goes_on_with_the_goods() -> None:
    found = _claims("Moroccan fertilizer exports to the European Union grew 1.5 times "
                    "in May to 210 million euros. Spain, the largest buyer, raised its imports "
                    "2.2 times to 64 million euros.", date(2024, 7, 20))
    assert found["64 million euros"].commodity == "fertilizer"


def test_the_top_buyer_lifting_its_purchases_goes_on_with_the_goods() -> None:
    found = _claims("Moroccan fertilizer exports to the European Union grew 1.5 times "
                    "in May to 210 million euros. Spain was the top buyer, lifting its imports by "
                    "a third to 64 million euros.", date(2024, 7, 20))
    assert found["64 million euros"].commodity == "fertilizer"


def test_the_worlds_largest_buyer_is_a_title_and_its_imports_are_its_whole() -> None:
    found = _claims("Moroccan fertilizer exports to the European Union grew 1.5 times "
                    "in May to 210 million euros. India, the world's largest buyer, raised its "
                    "imports 2.2 times to 640 million euros.", date(2024, 7, 20))
    assert found["640 million euros"].commodity != "fertilizer"


def test_a_buyer_given_only_a_share_is_no_buyer_of_the_sellers_own_exports() -> None:
    found = _claims("Chilean buyers took 61% of the country's wine exports in January-June. In "
                    "June alone Argentina shipped 18,500 tonnes, worth 52 million dollars. "
                    "Shipments to Chile rose 4%.", date(2024, 8, 1))
    assert (found["18,500 tonnes"].exporter, found["18,500 tonnes"].importer) == ("ARG", None)
    assert (found["4%"].exporter, found["4%"].importer) == ("ARG", "CHL")



def test_a_seller_told_in_shares_stays_with_a_buyers_own_intake() -> None:
    found = _claims("Chile's cherries were sold in 20 markets this season, with China taking the "
                    "largest share at 80%. Chinese buyers received 300,000 tonnes, 12% more than "
                    "a year earlier.", date(2024, 5, 1))
    assert (found["300,000 tonnes"].exporter, found["300,000 tonnes"].importer) == ("CHL", "CHN")
