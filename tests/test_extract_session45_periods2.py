"""Session 45, periods (second round): standing shares and the periods of their clauses."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body, period


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    return {surface: period(claim) for surface, claim in in_body(text, published).items()}


def test_a_present_share_in_an_undated_clause_has_no_period() -> None:
    # `..., and Japan takes about 35 per cent of its wool`: a share stated in the present
    # simple right before it is a standing fact, even when another clause of its sentence is
    # dated
    text = ("Ruritania's wool sales to Freedonia were worth $1.4 billion in 2019, the board "
            "says, and Freedonia takes about 35 per cent of its wool exports.")
    periods = _periods(text, date(2020, 3, 2))
    assert periods["$1.4 billion"] == ("2019-01-01", "2019-12-31")
    assert periods["35 per cent"] == (None, None)


def test_a_share_a_good_brings_in_or_contributes_is_standing() -> None:
    # `Cocoa brings in about 60% of export revenue`, `contributes 20% of exports`: shares
    # stated in the present simple, not of the year the paragraph is about
    text = ("Ruritania exported 300,000 tonnes of cocoa to Freedonia in 2019. Cocoa brings in "
            "about 60% of the country's export revenue. The state miner contributes 20% of "
            "exports.")
    periods = _periods(text, date(2020, 3, 2))
    assert periods["300,000 tonnes"] == ("2019-01-01", "2019-12-31")
    assert periods["60%"] == (None, None)
    assert periods["20%"] == (None, None)


def test_a_share_that_is_the_subject_of_a_present_verb_is_standing() -> None:
    # `Around 70 percent of the crude heads to Asia`, `45% of its output is sold to`: a share
    # that is the subject of a verb in the present simple is a standing fact
    text = ("Ruritania exported 3 million barrels a day of crude in 2019, the ministry said. "
            "Around 70 percent of the crude heads to Freedonia, and nearly 45% of its steel "
            "output is sold to Freedonia.")
    periods = _periods(text, date(2020, 3, 2))
    assert periods["3 million barrels a day"] == ("2019-01-01", "2019-12-31")
    assert periods["70 percent"] == (None, None)
    assert periods["45%"] == (None, None)
