"""SimHash fingerprints: stable, signed 64-bit, close for copies, far for different stories."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tradetrace.ingest import near_duplicate, simhash
from tradetrace.ingest.fingerprint import distance, to_signed64

STORY = ("Russia shipped more than 165,000 barrels of refined petroleum to North Korea in March, "
         "the White House said, more than a third of the annual cap of 500,000 barrels. "
         "Tankers loaded the fuel at the port of Vostochny and sailed to Chongjin and Najin, "
         "according to satellite images reviewed by researchers. The UN panel that monitored "
         "the sanctions was disbanded after a Russian veto in late March.")
OTHER = ("China's customs agency said trade with North Korea rose to 2.3 billion dollars in "
         "2023, more than double the year before, as freight trains resumed between Dandong "
         "and Sinuiju and wigs and false eyelashes led the North's exports to its neighbour.")


def test_fingerprint_is_deterministic_and_ignores_typography() -> None:
    curly = STORY.replace("White House said", "White House said, “officially”")
    straight = STORY.replace("White House said", 'White House said, "officially"')
    assert simhash(STORY) == simhash(STORY)
    assert simhash(curly) == simhash(straight)
    assert simhash(STORY.upper()) == simhash(STORY)


def test_small_edit_is_near_and_different_story_is_far() -> None:
    edited = STORY.replace("in late March", "on 28 March")
    assert near_duplicate(simhash(STORY), simhash(edited), max_bits=8)
    assert not near_duplicate(simhash(STORY), simhash(OTHER))
    assert distance(simhash(STORY), simhash(OTHER)) > 10


@given(st.text(min_size=0, max_size=300))
def test_fingerprint_fits_a_signed_int64(text: str) -> None:
    value = simhash(text)
    assert -(2**63) <= value < 2**63


def test_signed_conversion_keeps_the_bits() -> None:
    assert to_signed64(2**64 - 1) == -1
    assert distance(to_signed64(2**63), 2**63) == 0
    assert near_duplicate(-1, to_signed64(2**64 - 2), max_bits=1)
