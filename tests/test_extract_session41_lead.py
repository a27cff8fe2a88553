"""Session 41, lexicon entries of the lead's (leftovers the helpers named). Text written for
these tests. (`logs` as goods was tried and dropped: `China logs exports of 8 million tonnes of
steel` uses it as a verb, as the twenty-second session pins.)"""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted


def test_a_quickest_rise_since_a_date_is_dated_by_the_sentence_not_the_date() -> None:
    claims = extracted("Chile's copper exports to China rose in March. Shipments climbed 18% to "
                     "$4.2 billion, the quickest growth since June 2010.", date(2024, 4, 10))
    rise = claims["18%"]
    assert (str(rise.period_start), str(rise.period_end)) == ("2024-03-01", "2024-03-31")


def test_understands_and_certified_close_a_sentence_with_its_source() -> None:
    claims = extracted("Turkey's Russian crude imports rose to 310,000 bpd in May, Argus "
                     "understands.", date(2024, 6, 20))
    assert claims["310,000 bpd"].attribution == "Argus"
    claims = extracted("Wine exports reached 2.1 million hectolitres in 2023, the institute has "
                     "certified.", date(2024, 3, 1))
    assert claims["2.1 million hectolitres"].attribution == "the institute"
