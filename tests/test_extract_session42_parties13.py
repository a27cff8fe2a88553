"""Figures that follow a ranked row's own figure (extract/listings.py `row_follower`): more of
the row, so they take its sides. Sentences invented."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted


def _parties(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {surface: (c.exporter, c.importer)
            for surface, c in extracted(text, date(2024, 6, 12)).items()}


def test_change_after_a_ranked_row_takes_the_row_sides() -> None:
    found = _parties(
        "Japan's nickel imports reached 52,000 tonnes in May. Indonesia was the top supplier "
        "with 20,500 tonnes. Australia came second at 11,300 tonnes, a 24.5% monthly gain and "
        "a 12.8% rise on the year.")
    assert found["11,300 tonnes"] == ("AUS", "JPN")
    assert found["24.5%"] == ("AUS", "JPN")
    assert found["12.8%"] == ("AUS", "JPN")


def test_figure_naming_another_country_keeps_its_own_sides() -> None:
    found = _parties(
        "Japan's nickel imports reached 52,000 tonnes in May. Indonesia was the top supplier "
        "with 20,500 tonnes. Australia came second at 11,300 tonnes, and 4,000 tonnes came "
        "from Canada.")
    assert found["4,000 tonnes"][0] != "AUS"


def test_next_row_after_a_buyers_row_in_the_sentence_before_is_a_buyer() -> None:
    """`The United States, the biggest market, bought ...` names only its buyer: the row after
    it in the next sentence is the next buyer of the same seller, not a seller to it."""
    found = _parties(
        "Shipments of Chilean wine rose 4% to $1.9 billion in 2023, the wine board said. The "
        "United States, the biggest market, bought $310 million worth, 3% more than a year "
        "earlier. Japan followed at $180 million.")
    assert found["$180 million"] == ("CHL", "JPN")


def test_next_row_after_a_flow_naming_both_sides_is_not_read_from_its_subject() -> None:
    found = _parties(
        "Britain shipped 120,000 tonnes of scrap steel to Turkey last year. Egypt came a "
        "distant second at 40,000 tonnes.")
    assert found["40,000 tonnes"] != ("EGY", "TUR")


def test_its_volume_after_a_semicolon_goes_on_with_the_row() -> None:
    found = _parties(
        "Korea's cobalt imports reached 8,400 tonnes in April. Congo remained the largest "
        "supplier, shipping 5,100 tonnes. Zambia came second with 1,250 tonnes; its volume was "
        "8.2% lower than in March.")
    assert found["8.2%"] == ("ZMB", "KOR")
