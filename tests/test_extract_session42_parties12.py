"""Parties rules of the forty-second session's twelfth parties round (2026-12-05), each pinned
by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 8, 5)

_THAI = "Thai rice exports reached 4 million tonnes in the first half, the exporters' group said. "


def _sides(text: str, surface: str) -> tuple[str | None, str | None]:
    claim = in_body(text, WHEN)[surface]
    return claim.exporter, claim.importer


def test_a_row_ranked_by_place_may_set_its_figure_off_with_a_comma() -> None:
    """`Egypt came third, at $60 million`, `Peru ranked sixth with ...`, `Chile followed at
    ...`: a row in the order of the list, with a comma before its figure, a place past fifth or
    `followed`, takes the side of the flow ranked."""
    cases = {
        _THAI + "Indonesia was the top buyer with 900,000 tonnes. Senegal came third, at "
        "450,000 tonnes.": ("450,000 tonnes", ("THA", "SEN")),
        _THAI + "Indonesia was the top buyer with 900,000 tonnes. Ghana ranked sixth with "
        "120,000 tonnes.": ("120,000 tonnes", ("THA", "GHA")),
        "Kenya imported 900,000 tonnes of sugar in 2023. Uganda was the top source at 400,000 "
        "tonnes. Tanzania followed at 200,000 tonnes.": ("200,000 tonnes", ("TZA", "KEN")),
    }
    for text, (surface, sides) in cases.items():
        assert _sides(text, surface) == sides, text


def test_a_recipient_is_a_ranked_buyer() -> None:
    """`The Philippines was the biggest recipient, taking 40,000 tonnes`: a recipient ranks
    among the buyers of the flow before it."""
    text = _THAI + "Malaysia was the biggest recipient, taking 610,000 tonnes."
    assert _sides(text, "610,000 tonnes") == ("THA", "MYS")


def test_a_country_after_with_ranked_by_place_is_a_row() -> None:
    """`Vietnam bought the most, with Pakistan next at 494,000 tons and China third at ...`:
    the country of `with` set in the order of the list is the next row, not a trade partner."""
    text = _THAI + "Indonesia bought the most, 900,000 tonnes, with Iraq next at 600,000 " \
        "tonnes and the Philippines third at 450,000 tonnes."
    assert _sides(text, "600,000 tonnes") == ("THA", "IRQ")
    text = "Kenya imported 900,000 tonnes of sugar in 2023. Uganda was the top source at " \
        "400,000 tonnes, with Tanzania next at 200,000 tonnes."
    assert _sides(text, "200,000 tonnes") == ("TZA", "KEN")


def test_a_gapped_clause_keeps_its_partner_past_its_change() -> None:
    """`Exports to China gained 12.4 percent to $8.1 billion and those to the United States 6
    percent to $8 billion`: the level after the gapped clause's change is its partner's too."""
    text = "Korean exports rose 5% in November. Exports to China gained 12.4 percent to $8.1 " \
        "billion and those to the United States 6 percent to $8 billion. Sales to Japan fell " \
        "2% to $3 billion and those to Vietnam by 4% to $2 billion."
    assert _sides(text, "$8 billion") == ("KOR", "USA")
    assert _sides(text, "$2 billion") == ("KOR", "VNM")
    assert _sides(text, "$3 billion") == ("KOR", "JPN")

