"""Stated caps against the regime's caps."""

from __future__ import annotations

from tradetrace.knowledge.sanctions import load_regimes
from tradetrace.model import Claim
from tradetrace.verify.cap_statements import check_cap_statements

SENTENCE = ("This volume would exceed the annual limit of 500,000 barrels of refined oil "
            "imposed by U.N. Security Council Resolution 2397.")


def cap_claim(value: float, surface: str, **fields: object) -> Claim:
    start = SENTENCE.find("500,000 barrels")
    base: dict[str, object] = dict(
        id=f"clm-cap-{value:g}", doc_id="doc-dailynk", start=start, end=start + len(surface),
        sentence_start=0, sentence_end=len(SENTENCE), surface=surface, value=value, unit="bbl",
        kind="cap", commodity="refined_petroleum", importer="PRK", sentence=SENTENCE)
    base.update(fields)
    return Claim(**base)  # type: ignore[arg-type]


def test_seed_cap_statement_matches_2397() -> None:
    [f] = check_cap_statements([cap_claim(500000, "500,000 barrels")], load_regimes())
    assert (f.type, f.severity) == ("cap_reference", "info")
    assert f.detail("rule") == "2397-OP5-refined" and f.claim_ids == ("clm-cap-500000",)


def test_superseded_figure_for_a_later_year_is_a_warning() -> None:
    old = cap_claim(2e6, "2 million barrels", year=2019, period_start="2019-01-01",
                    period_end="2019-12-31")
    [f] = check_cap_statements([old], load_regimes())
    assert f.severity == "warning" and f.detail("consistent") is False
    assert f.detail("rule") == "2375-OP14-refined"  # the cap 2397 replaced before it started
    assert "not in force" in f.explanation
    assert "in force: UNSC-DPRK 2397 OP5" in f.explanation  # names the cap in force


def test_a_figure_matching_no_cap_is_a_warning() -> None:
    [f] = check_cap_statements([cap_claim(400000, "400,000 barrels")], load_regimes())
    assert f.severity == "warning" and "matches no cap" in f.explanation


def test_level_claims_and_uncovered_commodities_are_ignored() -> None:
    level = cap_claim(500000, "500,000 barrels", kind="level")
    flour = cap_claim(500000, "500,000 barrels", commodity="flour")
    assert check_cap_statements([level, flour], load_regimes()) == []


def test_a_superseded_cap_named_with_its_resolution_is_history_not_an_error() -> None:
    sentence = ("The ceiling was lowered from the 2 million barrels that Resolution 2375 had set "
                "a few months before.")
    old = cap_claim(2e6, "2 million barrels", sentence=sentence, sentence_end=len(sentence))
    [f] = check_cap_statements([old], load_regimes())
    assert f.severity == "info" and f.detail("rule") == "2375-OP14-refined"
    assert "past or superseded" in f.explanation
    # the same figure in a sentence naming another resolution stays a warning
    other = cap_claim(2e6, "2 million barrels", year=2019, period_start="2019-01-01",
                      period_end="2019-12-31")
    [g] = check_cap_statements([other], load_regimes())
    assert g.severity == "warning"


def test_an_annual_cap_stated_as_a_rate_matches() -> None:
    """`limits supplies to 500,000 barrels of refined products a year` -> 500,000 bbl/yr."""
    [f] = check_cap_statements([cap_claim(500000, "500,000 barrels", unit="bbl/yr")],
                               load_regimes())
    assert f.severity == "info" and f.detail("rule") == "2397-OP5-refined"
