"""Party rules of the thirty-eighth session's fourth parties round of 2026-12-05 (exporter,
importer, two-way), each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties

WHEN = date(2024, 11, 20)


def test_a_sellers_rivals_ranked_after_it_are_sellers() -> None:
    """`Spain sold the most olive oil abroad ..., ahead of Italy with ... and Greece with ...`:
    the countries ranked behind a seller are its rivals, sellers too, not its buyers
    (`listings.ListingReader.ranked_partner`)."""
    found = extracted("Spain sold the most olive oil abroad last year, EUR 4.1 billion worth, "
                      "ahead of Italy with EUR 2.3 billion and Greece with EUR 1.2 billion.", WHEN)
    assert parties(found["EUR 4.1 billion"]) == ("ESP", None, False)
    assert parties(found["EUR 2.3 billion"]) == ("ITA", None, False)
    assert parties(found["EUR 1.2 billion"]) == ("GRC", None, False)
    found = extracted("Chile shipped 1.9 million tonnes of fresh fruit in 2023, behind Peru on "
                      "2.4 million tonnes and Mexico on 2.2 million tonnes.", WHEN)
    assert parties(found["2.4 million tonnes"]) == ("PER", None, False)
    assert parties(found["2.2 million tonnes"]) == ("MEX", None, False)


def test_rows_after_a_buyer_stated_before_stay_its_suppliers() -> None:
    """`Japan imported ... Australia was the largest origin with ..., ahead of Canada with ...`:
    in a paragraph that names the buyer, the rivals are suppliers of that buyer."""
    found = extracted("Japan imported 9.4 million tonnes of coking coal in the first half of "
                      "2024. Australia was the largest origin with 5.1 million tonnes, ahead of "
                      "Canada with 1.7 million tonnes.", WHEN)
    assert parties(found["1.7 million tonnes"])[1] == "JPN"


def test_an_origin_demonym_is_no_ranked_seller() -> None:
    """`Poland heads the buyers of Ukrainian grain with ..., ahead of Spain with ...`: the
    demonym is the goods' origin, not a leader whose rivals sell."""
    found = extracted("Poland heads the buyers of Ukrainian grain with 2.1 million tonnes, ahead "
                      "of Spain with 1.8 million tonnes.", WHEN)
    assert parties(found["1.8 million tonnes"]) == ("UKR", "ESP", False)
