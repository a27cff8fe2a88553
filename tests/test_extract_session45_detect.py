"""Claim detection rules of the forty-fifth session's detect round (2026-12-05), each pinned by
invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def test_a_bare_count_after_counted_goods_is_their_base() -> None:
    """A count written without its noun carries the unit of the goods counted just before it in
    the sentence, and is a claim when they are (`at 1,900 tractors against 410`)."""
    found = in_body("Shipments also jumped to Peru, at 1,900 tractors against 410, and to Chile, "
                    "at 1,200 against 380.", WHEN)
    for surface in ("1,900 tractors", "410", "1,200", "380"):
        assert surface in found, surface
        assert found[surface].kind == "level", surface
    found = in_body("Ghana delivered 812 buses to Togo in March, up from just 133 a year "
                    "earlier.", WHEN)
    assert {"812 buses", "133"} <= set(found)


def test_ships_right_before_a_count_is_the_verb() -> None:
    """`ships` right before a count of goods is the verb (`Geely ships 61,250 cars abroad`), so
    the count is a claim."""
    found = in_body("Geely ships 61,250 cars abroad in 2025.", WHEN)
    assert "61,250 cars" in found
    assert found["61,250 cars"].kind == "level"


def test_a_percent_taken_after_a_change_is_no_gapped_change() -> None:
    """After a percent change, a percent whose own clause has a verb of taking (`India took 80
    percent of`) is a share, not the same change repeated with its verb left out."""
    found = in_body("Timber exports slid 12 percent; Egypt took 64 percent of the logs Gabon "
                    "sold abroad over the year.", WHEN)
    assert found["12 percent"].kind == "change"
    assert found["64 percent"].kind == "share"
    assert found["64 percent"].direction is None
