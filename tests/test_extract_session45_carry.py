"""Session 45 (carry): what goes on to the sentences after, and what does not: the year of a
figure the report follows on from (`That followed a 29.1% rise in 2023`) is no period in force."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document


def _claims(text: str, published: date = date(2025, 1, 10)) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text, published=published))}


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
