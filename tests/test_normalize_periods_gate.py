"""The literal gate of `find_periods`: a pattern is skipped for a text holding none of the
literals every match of it needs. Skipping must never change what is found."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.normalize import periods
from tradetrace.normalize.periods import FiscalStart, find_periods

SENTENCES = [
    "North Korea imported 16,000 tonnes of rice from China in the first half of 2023.",
    "Exports in January-May rose 12% from a year earlier, the ministry said on Tuesday.",
    "Shipments between February and June reached 300,000 barrels, the most since 2017.",
    "In the 2022-23 fiscal year ending March, imports climbed to $4.2 billion.",
    "Q3 sales fell 5% on the quarter; H1 volumes were flat and FY24 guidance was cut.",
    "Trade last year was the highest in a decade, and this month looks weaker still.",
    "The 2023/24 season that ends on June 30, 2024 should see record wheat exports.",
    "Deliveries over the past 12 months were up 40 per cent on 2014-18.",
    "IN THE FIRST QUARTER OF 2021 RUSSIA SHIPPED 1.2 MILLION TONNES OF COAL.",
    "in march and april the port handled 40,000 tons, up from 31,000 tons in 2019.",
    "Since the Council capped refined petroleum in December 2017, deliveries have fallen.",
    "The İzmir terminal took ſome 2 million barrels in ıts first week of operation.",
    "A ship left Nampo on 14 Feb. 2020 and came back by mid-April.",
    "Prices were stable and no figures were given.",
]


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(periods, "_may_match", lambda need, text, lowered: True)


@pytest.mark.parametrize("text", SENTENCES + [s.swapcase() for s in SENTENCES])
@pytest.mark.parametrize("future", [False, True])
@pytest.mark.parametrize("fiscal", [None, FiscalStart(7, 1)])
def test_the_gate_changes_nothing(text: str, future: bool, fiscal: FiscalStart | None,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    reference = date(2024, 2, 10)
    gated = find_periods(text, reference, future, fiscal)
    _ungated(monkeypatch)
    assert find_periods(text, reference, future, fiscal) == gated


def test_every_match_holds_what_its_pattern_is_said_to_need() -> None:
    patterns, needs = periods._gated_patterns()
    texts = SENTENCES + [s.swapcase() for s in SENTENCES] + [s.lower() for s in SENTENCES]
    checked = 0
    for _relation, regex, _resolver, need in patterns:
        for text in texts:
            if periods._CASE_ODD.search(text):
                continue
            if regex.search(text):
                checked += 1
                assert periods._may_match(needs[need], text, text.lower()), regex.pattern[:80]
    assert checked > 50


def test_a_sentence_without_dates_skips_most_patterns() -> None:
    patterns, needs = periods._gated_patterns()
    text = "Prices were stable and no figures were given."
    skipped = [p for p in patterns if not periods._may_match(needs[p[3]], text, text.lower())]
    assert len(skipped) > len(patterns) // 2
    assert any(need is not None and "Mar" in need[0] for need in needs), \
        "the month-name patterns need a month name"


@pytest.mark.parametrize(("text", "months"), [
    ("Bangladesh will import wheat in the fırst half of fıscal 2023-24, which began on July 1.",
     6),
    ("Russıa receıved 41 mıllıon lıters over the sıx months to June.", 6),
    ("Exports rose in the ſecond quarter of 2023.", 3),
])
def test_letters_read_as_ascii_ones_neither_crash_nor_hide_a_period(text: str,
                                                                    months: int) -> None:
    """`ı`, `İ` and `ſ` match `i` and `s` in case-blind patterns; the words matched are then
    looked up as ASCII (`fırst` crashed the lookup of ordinals)."""
    found = find_periods(text, date(2024, 5, 10), fiscal_start=FiscalStart(7, 1))
    lengths = [periods.length_in_months(m.period) if m.period else periods.counted_length(m)
               for m in found]
    assert months in lengths, found
