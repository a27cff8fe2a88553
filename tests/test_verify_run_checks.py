"""run_checks: every monitor over one set of claims and statistics; evidence ids are claims."""

from __future__ import annotations

from tradetrace.model import Claim, Statistic
from tradetrace.verify import CheckOptions, run_checks

TEXT = ("The Cabinet plans to import about 160,000 tons (approximately 1.2 million barrels) of oil "
        "from Russia between February and June.")


def seed() -> list[Claim]:
    common: dict[str, object] = dict(
        doc_id="doc-dailynk", sentence_start=0, sentence_end=len(TEXT), kind="level",
        commodity="oil", exporter="RUS", importer="PRK", period_start="2025-02-01",
        period_end="2025-06-30", year=2025, modality="planned", approximate=True, bound="~",
        attribution="a source in North Korea", sentence=TEXT)
    t_s, b_s = "about 160,000 tons", "approximately 1.2 million barrels"
    t = Claim(id="clm-t", start=TEXT.index(t_s), end=TEXT.index(t_s) + len(t_s), surface=t_s,
              value=160000, unit="t", **common)  # type: ignore[arg-type]
    b = Claim(id="clm-b", start=TEXT.index(b_s), end=TEXT.index(b_s) + len(b_s), surface=b_s,
              value=1.2e6, unit="bbl", equivalent_of="clm-t", **common)  # type: ignore[arg-type]
    return [t, b]


def test_seed_gives_cap_exceeded_and_a_consistent_conversion() -> None:
    claims = seed()
    findings = run_checks(claims, [])
    types = sorted((f.type, f.severity) for f in findings)
    assert types == [("cap_exceeded", "warning"), ("conversion", "info")]
    ids = {c.id for c in claims}
    assert all(set(f.claim_ids) <= ids and f.claim_ids for f in findings)
    cap = next(f for f in findings if f.type == "cap_exceeded")
    assert "240%" in cap.explanation and set(cap.claim_ids) == ids


def test_ordering_deduplication_and_switches() -> None:
    coal = Statistic(id="sta-coal", reporter="CHN", partner="PRK", flow="import",
                     commodity="coal", year=2019, value_usd=1e6, source_family="GACC")
    findings = run_checks(seed(), [coal])
    assert findings[0].severity == "violation" and findings[0].type == "banned_flow"
    assert len({f.id for f in findings}) == len(findings)
    assert run_checks(seed(), [coal], options=CheckOptions(bans=False, caps=False,
                                                           arithmetic=False)) == []


def test_exceeded_cap_cites_the_documents_own_statement_of_the_cap() -> None:
    sentence = ("This volume would exceed the annual limit of 500,000 barrels of refined oil "
                "imposed by U.N. Security Council Resolution 2397.")
    start = len(TEXT) + 1
    surface = "500,000 barrels"
    at = start + sentence.index(surface)
    cap = Claim(id="clm-cap", doc_id="doc-dailynk", start=at, end=at + len(surface),
                sentence_start=start, sentence_end=start + len(sentence), surface=surface,
                value=500000, unit="bbl", kind="cap", commodity="refined_petroleum",
                importer="PRK", sentence=sentence)
    elsewhere = Claim(**{**cap.__dict__, "id": "clm-cap-other", "doc_id": "doc-other"})
    findings = run_checks([*seed(), cap, elsewhere], [])
    exceeded = next(f for f in findings if f.type == "cap_exceeded")
    assert set(exceeded.claim_ids) == {"clm-t", "clm-b", "clm-cap"}  # same document only
