"""Session 63, the lead's fix found by the articles benchmark: a text with no publication date
(sentences invented). The first test fails without the fix."""

from __future__ import annotations

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text))}


def test_a_span_to_an_unknown_month_breaks_no_reading_after_it() -> None:
    text = ("Fruit shipments to Japan up 12% this year\n"
            "Growers in Otago have sent 51,200 tonnes of apples to Japan since the start of "
            "2024, against 45,700 tonnes in the same stretch of last year. Taiwan is buying "
            "less.")
    claims = _claims(text)
    apples = claims["51,200 tonnes"]
    assert apples.importer == "JPN"
    assert apples.period_start == "2024-01-01"  # (its end is read against year 1, as pinned in
    # session 25; the year-back reading of the next sentence must not step before year 1)


def test_a_year_written_with_no_publication_date_still_dates_its_figure() -> None:
    claims = _claims("Growers in Otago sent 51,200 tonnes of apples to Japan in 2024.")
    assert (claims["51,200 tonnes"].period_start, claims["51,200 tonnes"].period_end) == (
        "2024-01-01", "2024-12-31")
