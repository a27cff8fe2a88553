"""Rows of rankings after a flow (extract/listings.py, knowledge/claim_cues.json `ranked_roles`):
the rival ranked after a leader takes the leader's side of the flow stated before. Sentences
invented."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

_DAY = date(2024, 3, 1)


def _sides(text: str, surface: str) -> tuple[str | None, str | None]:
    claim = extracted(text, _DAY)[surface]
    return claim.exporter, claim.importer


def test_an_origin_is_a_sellers_role() -> None:
    """`the largest origin with`: a supplier's row, like `the largest source with`; the rivals
    after it are suppliers to the same buyer (not buyers from the leader)."""
    text = ("India imported 4.1 million tonnes of potash in 2023. Canada was the largest origin "
            "with 1.2 million tonnes, ahead of Belarus with 900,000 tonnes and Israel with "
            "700,000 tonnes, while Jordan and Laos supplied the rest.")
    assert _sides(text, "1.2 million tonnes") == ("CAN", "IND")
    assert _sides(text, "900,000 tonnes") == ("BLR", "IND")
    assert _sides(text, "700,000 tonnes") == ("ISR", "IND")


def test_a_rival_after_ahead_of_the_is_a_row() -> None:
    """`ahead of the US with`: the article `the` leaves the rival's cue within reach."""
    text = ("Turkey imported 5 million tonnes of coking coal last year. Australia remained the "
            "leading supplier with 2.1 million tonnes, ahead of the US with 1.4 million tonnes.")
    assert _sides(text, "2.1 million tonnes") == ("AUS", "TUR")
    assert _sides(text, "1.4 million tonnes") == ("USA", "TUR")


def test_a_rival_set_off_by_a_comma_before_with_is_a_row() -> None:
    """`ahead of Japan, with 1.2 million tons`: a comma before `with` still makes a bare row."""
    text = ("Brazil imported 20 million tons of steel in 2019. South Korea was the largest "
            "supplier with 2.5 million tons, ahead of Japan, with 1.2 million tons.")
    assert _sides(text, "2.5 million tons") == ("KOR", "BRA")
    assert _sides(text, "1.2 million tons") == ("JPN", "BRA")

