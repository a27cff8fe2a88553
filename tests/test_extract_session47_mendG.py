"""Session 47 review mends (G): each test pins ordinary news text a session rule over-reached
on, with the rule's own example kept."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


@pytest.mark.parametrize(("text", "surface", "sides"), [
    ("Vietnam's wood exports to Japan jump 21%\nVietnam shipped wood worth $300 million there "
     "in February, customs data showed.", "$300 million", ("VNM", "JPN")),
    ("Chile's copper exports to China rise 10%\nChile sold copper worth $2 billion to its "
     "largest customer in April, the central bank said.", "$2 billion", ("CHL", "CHN")),
    ("Kenya's tea exports to Pakistan rise 8%\nKenya shipped tea worth $120 million to its "
     "biggest buyer in the quarter, the board said.", "$120 million", ("KEN", "PAK")),
    ("Kenya's tea exports to Pakistan rise 8%\nKenya shipped tea worth $120 million to that "
     "market in the quarter, the board said.", "$120 million", ("KEN", "PAK")),
    ("Kenya's tea exports to Pakistan rise 8%\nKenya shipped tea worth $120 million to buyers "
     "there in the quarter, the board said.", "$120 million", ("KEN", "PAK")),
    ("Vietnam's wood exports to Japan jump 21%\nVietnamese firms shipped wood worth $300 "
     "million to the market in February.", "$300 million", ("VNM", "JPN")),
    ("Japan's beef imports from Australia rise 9%\nJapan bought beef worth $400 million there "
     "in March, data showed.", "$400 million", ("AUS", "JPN")),
])
def test_a_body_clause_pointing_at_its_own_partner_keeps_the_headline_partner(
        text: str, surface: str, sides: tuple[str, str]) -> None:
    found = _claims(text)[surface]
    assert (found.exporter, found.importer) == sides


def test_a_body_total_with_no_partner_pointer_still_drops_the_headline_partner() -> None:
    found = _claims("Vietnam's wood exports to Japan jump 21%\nVietnam shipped wood worth "
                    "$1.03 billion in February. There were more buyers this year.")
    assert (found["$1.03 billion"].exporter, found["$1.03 billion"].importer) == ("VNM", None)
    assert (found["21%"].exporter, found["21%"].importer) == ("VNM", "JPN")
