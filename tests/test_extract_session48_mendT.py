"""Session 48 (review mends T): ordinary news text that rules of the session over-reached on."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_LEAD = "Malaysia's palm oil exports fell 10% in April, cargo surveyors said. "


_claims = extracted_on(date(2024, 5, 1))


def test_a_standing_verb_elsewhere_in_the_sentence_does_not_wipe_a_dated_share() -> None:
    for text, surface in (
            ("India, which is the top buyer, cut its share to 18%, the data showed.", "18%"),
            ("The data is preliminary, but China's share rose to 40%.", "40%"),
            ("Brazil, which holds large stocks, saw its market share drop to 12%.", "12%")):
        found = _claims(_LEAD + text)
        assert found[surface].period_start == "2024-04-01", text
        assert found[surface].period_end == "2024-04-30", text


def test_a_habitual_rate_under_a_sentence_opening_date_keeps_it() -> None:
    for text, surface, month in (
            ("According to Kpler data for April, India imports about 1.9 million bpd of Russian "
             "crude.", "1.9 million bpd", "2024-04-01"),
            ("In April, India imports about 1.9 million bpd of Russian crude.", "1.9 million bpd",
             "2024-04-01"),
            ("In April, Nigeria's output fell, and the country pumps 1.3 million bpd, tanker data "
             "shows.", "1.3 million bpd", "2024-04-01"),
            ("Russia exported 3.2 million bpd in March, and India takes about 1.8 million bpd of "
             "that.", "1.8 million bpd", "2024-03-01")):
        assert _claims(text)[surface].period_start == month, text


def test_a_relative_clause_after_a_share_is_not_its_verb() -> None:
    for text, surface, month in (
            ("Oil exports through Hormuz rose in March. About 30% of the crude that passes through "
             "the strait went to China.", "30%", "2024-03-01"),
            ("Wheat imports rose 5% in April, and some 60% of the grain that is imported came from "
             "Australia.", "60%", "2024-04-01"),
            ("Exports of crude rose 4% in March, with 30% of the crude that crosses the Bosphorus "
             "bound for Italy.", "30%", "2024-03-01")):
        assert _claims(text)[surface].period_start == month, text
