"""Session 50, review mends of the party rules: each test pins the review's ordinary text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, parties

_claims = extracted_on(date(2024, 7, 1))


def test_takes_or_took_the_running_total_to_a_figure_is_no_purchase() -> None:
    for verb in ("takes", "took"):
        found = _claims("Brazil's coffee exports rose 12% to 3.1 million bags in April, which "
                        f"{verb} the year-to-date total to 14 million bags.")
        assert parties(found["14 million bags"]) == ("BRA", None, False)


def test_takes_its_shipments_to_a_figure_and_takes_a_share_are_unchanged() -> None:
    found = _claims("Brazil's coffee exports rose 12% to 3.1 million bags in April, which takes "
                    "its shipments so far this year to 8.4 million tonnes.")
    assert parties(found["8.4 million tonnes"]) == ("BRA", None, False)
    found = _claims("The Netherlands takes about 70 percent of Norway's gas exports.")
    assert parties(found["70 percent"]) == ("NOR", "NLD", False)
