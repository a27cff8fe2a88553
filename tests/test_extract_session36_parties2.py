"""Session 36, parties (second round): datelines closed by a full stop, and places, mines and
national companies that stand for their country."""

from __future__ import annotations

from datetime import date

import pytest

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
