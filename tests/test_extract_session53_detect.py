"""Session 53, which figures are claims and of which kind: each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2024, 7, 1)


def _all(text: str) -> list[Claim]:
    return extract_claims(Document.from_text(text, published=_ON))


def test_a_headline_figure_the_lead_restates_is_the_leads_claim() -> None:
    found = [c for c in _all("Peruvian blueberry sales abroad bounce 14% in May\nPeru's blueberry "
                             "exports rose 14% in May from a year earlier, the farm ministry "
                             "said.") if c.surface == "14%"]
    assert len(found) == 2
    head, lead = sorted(found, key=lambda c: c.start)
    assert (head.kind, head.direction, head.exporter) == ("change", "up", "PER")
    assert (head.period_start, head.period_end) == ("2024-05-01", "2024-05-31")
    assert head.attribution is None and lead.attribution == "the farm ministry"


def test_a_restated_headline_figure_naming_no_time_has_no_period() -> None:
    found = [c for c in _all("Peruvian blueberry sales abroad bounce 14%\nPeru's blueberry "
                             "exports rose 14% in May from a year earlier.") if c.surface == "14%"]
    head, lead = sorted(found, key=lambda c: c.start)
    assert (head.kind, head.exporter) == ("change", "PER")
    assert head.period_start is None and lead.period_start == "2024-05-01"


def test_a_restated_headline_figure_keeps_the_headlines_plan() -> None:
    found = [c for c in _all("Cambodia to return 300 containers of plastic waste\nCambodia "
                             "received 300 containers of plastic waste from Canada last year.")
             if c.surface == "300 containers"]
    head, lead = sorted(found, key=lambda c: c.start)
    assert (head.modality, lead.modality) == ("planned", "reported")
    assert head.period_start is None


def test_a_headline_figure_the_lead_does_not_restate_stays_out() -> None:
    found = _all("Peruvian blueberries bounce 14% in May\nPeru's blueberry exports rose 9% in "
                 "May from a year earlier.")
    assert [c.surface for c in found] == ["9%"]


def test_a_rival_opening_the_next_sentence_after_a_share_and_its_amount_is_a_share() -> None:
    found = {c.surface: c for c in _all(
        "Trade\nKenya supplied 31.5% of Uganda's imports in May, worth $214 million. Tanzania "
        "followed with 12.4%, mostly maize and cement.")}
    assert found["31.5%"].kind == "share"
    assert found["12.4%"].kind == "share"
    assert (found["12.4%"].exporter, found["12.4%"].importer) == ("TZA", "UGA")


def test_a_rate_opening_the_next_sentence_after_a_share_stays_out() -> None:
    found = {c.surface: c for c in _all(
        "Trade\nKenya supplied 31.5% of Uganda's imports in May, worth $214 million. Interest "
        "rates in Tanzania at 12.4% deterred buyers of maize.")}
    assert "31.5%" in found and "12.4%" not in found


def test_a_headline_figure_rounding_the_leads_claim_is_that_claim() -> None:
    # (mend D: the headline shares a word with the lead, `growers`; one sharing none, `Growers
    # pocket $1.2 billion` over a lead of exports alone, is `Kenya loses $2 billion to graft`)
    found = [c for c in _all("Growers pocket $1.2 billion\nPeru's blueberry exports rose to "
                             "$1.18 billion last year, growers said.") if c.start < 30]
    assert len(found) == 1
    assert (found[0].surface, found[0].value, found[0].exporter) == ("$1.2 billion", 1.2e9, "PER")


def test_a_headline_figure_far_from_the_leads_claim_stays_out() -> None:
    found = [c for c in _all("Growers pocket $1.2 billion\nPeru's blueberry exports rose to "
                             "$1.05 billion last year.") if c.start < 30]
    assert found == []
