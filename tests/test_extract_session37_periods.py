"""Session 37 (periods): rules pinned on text written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.extract import extract_claims
from tradetrace.model import Document

MARCH_2024 = date(2024, 3, 1)


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(Document.from_text(text, published=published))
    return {c.surface: (c.period_start, c.period_end) for c in claims}


@pytest.mark.parametrize(("text", "surface"), [
    ("Peru sold 2 million tonnes of copper abroad in 2023. China remains the main destination, "
     "taking 55 percent of the shipments.", "55 percent"),
    ("Kenya shipped 90,000 tonnes of tea in 2023. Egypt is the biggest buyer, receiving about "
     "30% of the country's tea exports.", "30%"),
    ("Ghana exported 600,000 tonnes of cocoa in 2023. The European Union absorbs most of it, "
     "with the Netherlands taking 25%.", "25%"),
    ("Chile exported 1 million tonnes of fruit in 2023. Chile sends 40% of its fruit exports to "
     "China while supplying just 3% of American fruit imports.", "3%"),
])
def test_share_in_a_participles_aside_after_a_present_main_clause_has_no_period(
        text: str, surface: str) -> None:
    assert _periods(text, MARCH_2024)[surface] == (None, None)


def test_share_in_a_participles_aside_after_a_past_main_clause_keeps_the_period() -> None:
    text = ("Peru sold 2 million tonnes of copper abroad in 2023. China remained the main "
            "destination, taking 55 percent of the shipments.")
    assert _periods(text, MARCH_2024)["55 percent"] == ("2023-01-01", "2023-12-31")


def test_clause_after_a_semicolon_opening_on_a_pointer_back_is_of_the_period_before() -> None:
    text = ("Malaysia's palm oil exports rose 6.1 per cent in August to 1.4 million tonnes; "
            "a month earlier they had fallen 3.2 per cent to 1.32 million tonnes.")
    found = _periods(text, date(2024, 9, 12))
    assert found["6.1 per cent"] == ("2024-08-01", "2024-08-31")
    assert found["3.2 per cent"] == ("2024-07-01", "2024-07-31")
    assert found["1.32 million tonnes"] == ("2024-07-01", "2024-07-31")


def test_a_rate_of_change_opening_a_clause_is_no_pointer_back() -> None:
    text = ("Malaysia's palm oil exports rose 6.1 per cent in August to 1.4 million tonnes; "
            "year-on-year they grew 3.2 per cent.")
    assert _periods(text, date(2024, 9, 12))["3.2 per cent"] == ("2024-08-01", "2024-08-31")


@pytest.mark.parametrize(("text", "surface", "first_day"), [
    ("Nepal has received about 40,000 tonnes of Indian rice since New Delhi curbed exports of "
     "the grain on May 13, an official said.", "40,000 tonnes", "2022-05-13"),
    ("Aid agencies have brought 5,000 tonnes of food into the enclave since the ceasefire took "
     "hold on June 2.", "5,000 tonnes", "2022-06-02"),
])
def test_since_an_event_dated_to_its_day_runs_from_that_day(text: str, surface: str,
                                                           first_day: str) -> None:
    assert _periods(text, date(2022, 6, 23))[surface] == (first_day, "2022-06-30")
