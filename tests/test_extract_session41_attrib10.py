"""Attribution and modality rules of the forty-first session's tenth attribution round
(2026-12-05), each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 6, 12)


def _source(text: str, surface: str) -> str | None:
    return extracted("Trade\n" + text, WHEN)[surface].attribution


def test_a_flow_word_before_an_office_is_a_title() -> None:
    """`sales manager John Kamara said`, `procurement chief Ali Demir announced`: a flow word
    before an office names the speaker's duties; the speaker closing the sentence is the
    source."""
    cases = {
        "Guinea's state fuel company imported 18,000 metric tons of diesel over the weekend, "
        "sales manager Ibrahima Sow said.": ("18,000 metric tons", "sales manager Ibrahima Sow"),
        "Tunisia's barley imports rose 12% to 900,000 tonnes in 2023, procurement chief Ali "
        "Ben Salah announced.": ("900,000 tonnes", "procurement chief Ali Ben Salah"),
        "Sesame exports reached $300 million last year, import-export coordinator Abebe Tola "
        "said.": ("$300 million", "import-export coordinator Abebe Tola"),
    }
    for text, (surface, source) in cases.items():
        assert _source(text, surface) == source, text


def test_a_web_address_is_an_outlet() -> None:
    """`bdnews24.com reported`: a web address names a news site, digits and all."""
    text = "Jute goods exports from Bangladesh reached $912 million in 2023, newsbd24.com reported."
    assert _source(text, "$912 million") == "newsbd24.com"
