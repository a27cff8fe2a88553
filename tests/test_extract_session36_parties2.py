"""Session 36, parties (second round): datelines closed by a full stop, and places, mines and
national companies that stand for their country."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted, parties
from tradetrace.extract.parties import dateline_country, dateline_span

WHEN = date(2024, 3, 6)


@pytest.mark.parametrize(("text", "code"), [
    ("ALMATY, Kazakhstan, March 4. Kazakhstan sold 1.2 million tons of wheat abroad in "
     "February.", "KAZ"),
    ("ALMATY, Kazakhstan, Mar. 4. Kazakhstan sold 1.2 million tons of wheat abroad.", "KAZ"),
    ("Osaka, 4 March (AJMEDIA). Japan bought 2 million tons of coal in February.", "JPN"),
])
def test_dateline_closed_by_a_full_stop_after_a_date_or_agency(text: str, code: str) -> None:
    assert dateline_country(text) == code
    span = dateline_span(text)
    assert span is not None and text[span[1]:].startswith(("Kazakhstan", "Japan"))


def test_a_bare_name_and_full_stop_is_no_dateline() -> None:
    assert dateline_span("Big Oil. Exports of crude rose 5% to 2 million tons.") is None


@pytest.mark.parametrize(("text", "surface", "sides"), [
    ("Coal shipments from Tavan Tolgoi rose to 3.2 million tonnes in April.",
     "3.2 million tonnes", ("MNG", None, False)),
    ("Kumtor produced 9.6 tonnes of gold in the first quarter.", "9.6 tonnes",
     ("KGZ", None, False)),
    ("The Bisha mine shipped 45,000 tonnes of zinc concentrate in June.", "45,000 tonnes",
     ("ERI", None, False)),
    ("Jwaneng produced 1.4 million carats of diamonds in the second quarter.",
     "1.4 million carats",
     ("BWA", None, False)),
])
def test_mines_fields_and_producing_regions_stand_for_their_country(
        text: str, surface: str, sides: tuple[str | None, str | None, bool]) -> None:
    """Mines, oil and gas fields and producing regions (`regions` in countries.json) name the
    country whose goods they yield."""
    assert parties(extracted(text, WHEN)[surface]) == sides


def test_national_companies_and_crude_grades_stand_for_their_country() -> None:
    """State companies act for their country (`Energocom` for Moldova, `Eesti Energia` for
    Estonia); a crude grade names its producer like a demonym (`Merey`, as `Urals`)."""
    found = extracted("Energocom bought 200 million cubic metres of gas on the exchange in "
                      "January.", WHEN)["200 million cubic metres"]
    assert parties(found) == (None, "MDA", False)
    found = extracted("Eesti Energia produced 250,000 tonnes of shale oil in the first half.",
                      WHEN)["250,000 tonnes"]
    assert parties(found) == ("EST", None, False)
    found = extracted("Exports of Merey crude to China rose to 300,000 barrels per day in May.",
                      WHEN)["300,000 barrels per day"]
    assert parties(found) == ("VEN", "CHN", False)


def test_a_longer_place_name_keeps_its_own_country() -> None:
    """`Baja California` is Mexico's, though `California` alone is a US state."""
    found = extracted("Baja California exported 1.2 million tonnes of vegetables last year.",
                      WHEN)["1.2 million tonnes"]
    assert parties(found) == ("MEX", None, False)
    found = extracted("California exported 1.1 million tonnes of almonds last year.",
                      WHEN)["1.1 million tonnes"]
    assert parties(found) == ("USA", None, False)
