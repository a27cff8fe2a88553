"""A small store for the analysis, report, web and browser tests, built record by record.

Documents and claims are made directly (not by the extractor) so that offsets, flows and
modalities are known exactly. One document carries a `<script>` in its text to test escaping.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tradetrace.model import Claim, Document, Finding, Statistic
from tradetrace.model.claim import claim_id
from tradetrace.store import Store

SCRIPT = "<script>alert('pwned')</script>"


@dataclass(frozen=True)
class Sample:
    """Ids of the records the tests look for."""

    path: Path
    planned_oil: str
    """RUS -> PRK, 160,000 tons of oil, planned, Daily NK (sentence is not first in the text)."""
    usd_oil: str
    """RUS -> PRK, 36.89 million dollars of oil, 2013, reported."""
    fertilizer: str
    """CHN -> PRK, 5,000 tons of fertilizer, 2023."""
    estimated_bbl: str
    """RUS -> PRK, 165,000 barrels of refined oil, March 2024, estimated."""
    flour: str
    """RUS -> PRK, 1,000 tonnes of flour; a <script> in its sentence and document text."""
    script_doc: str
    cap_finding: str


def make_claim(doc: Document, surface: str, sentence: str, **fields: object) -> Claim:
    """A claim on `surface` inside `sentence` inside `doc.text` (offsets computed here)."""
    s = doc.text.index(sentence)
    q = s + sentence.index(surface)
    return Claim(id=claim_id(doc.id, q, q + len(surface), "test"), doc_id=doc.id, start=q,
                 end=q + len(surface), sentence_start=s, sentence_end=s + len(sentence),
                 surface=surface, sentence=sentence, extractor_version="test",
                 **fields)  # type: ignore[arg-type]


def _doc(text: str, outlet: str, published: date, title: str) -> Document:
    return Document.from_text(text, outlet=outlet, published=published, title=title,
                              source=f"test:{title}")


def statistics() -> list[Statistic]:
    """KOTRA partner totals of the DPRK 2018-2024 (world, China, Russia), a GACC China row and
    Russian refined-petroleum exports reported by Russia."""
    rows: list[Statistic] = []

    def add(reporter: str, partner: str, flow: str, commodity: str, year: int, family: str,
            usd: float | None = None, tonnes: float | None = None) -> None:
        rows.append(Statistic(
            id=Statistic.make_id(reporter, partner, flow, commodity, str(year), family, "t"),
            reporter=reporter, partner=partner, flow=flow,  # type: ignore[arg-type]
            commodity=commodity, year=year, period=str(year), value_usd=usd, weight_t=tonnes,
            source_family=family, source="t"))

    world = {2018: 2840, 2019: 3240, 2020: 863, 2021: 713, 2022: 1590, 2023: 2769, 2024: 2696}
    china = {2018: 2720, 2019: 3090, 2020: 761, 2021: 682, 2022: 1530, 2023: 2721, 2024: 2641}
    russia = {2018: 34, 2019: 48, 2020: 43, 2021: 4, 2022: 4, 2023: 34, 2024: 34}
    for year in world:
        add("PRK", "WLD", "total", "trade", year, "KOTRA", world[year] * 1e6)
        add("PRK", "CHN", "total", "trade", year, "KOTRA", china[year] * 1e6)
        add("PRK", "RUS", "total", "trade", year, "KOTRA", russia[year] * 1e6)
    add("CHN", "PRK", "total", "trade", 2021, "GACC", 318e6)
    add("RUS", "PRK", "export", "refined_petroleum", 2019, "RU-official", 24.8e6, 41000)
    return rows


def build_store(path: Path) -> Sample:
    """Write the sample documents, claims, statistics and findings into a new store at `path`."""
    planned_sentence = ("The Cabinet plans to import about 160,000 tons of oil from Russia "
                        "between February and June.")
    dnk = _doc("North Korea is shifting supply routes to Russia. " + planned_sentence
               + " Working teams are being rushed to Russia.", "Daily NK", date(2025, 2, 19),
               "N. Korea shifts to Russia")
    usd_sentence = "Russia exported 36.89 million U.S. dollar-worth oil to North Korea last year."
    donga = _doc(usd_sentence + " This is a 58.5 percent increase.", "The Dong-A Ilbo",
                 date(2014, 5, 14), "N. Korea gets closer to Russia")
    fert_sentence = "China shipped 5,000 tons of fertilizer to North Korea in 2023."
    yna = _doc("Trade resumed. " + fert_sentence, "Yonhap", date(2024, 1, 20),
               "China fertilizer exports")
    bbl_sentence = ("U.S. officials estimated that Russia supplied 165,000 barrels of refined "
                    "oil to North Korea in March 2024.")
    nknews = _doc(bbl_sentence, "NK News", date(2024, 5, 30), "Russia oil estimate")
    flour_sentence = f"Russia sent 1,000 tonnes of flour {SCRIPT} to North Korea in 2024."
    script_doc = _doc(f"Comment {SCRIPT} & more. {flour_sentence}", "Test <b>Outlet</b>",
                      date(2024, 6, 1), f"Flour {SCRIPT}")

    planned = make_claim(dnk, "160,000 tons", planned_sentence, value=160000.0, unit="t",
                         kind="level", commodity="oil", exporter="RUS", importer="PRK",
                         period_start="2025-02-01", period_end="2025-06-30", year=2025,
                         modality="planned", approximate=True, bound="~",
                         normalized_value=160000.0, normalized_unit="t")
    usd = make_claim(donga, "36.89 million U.S. dollar", usd_sentence, value=36.89e6, unit="USD",
                     kind="level", commodity="oil", exporter="RUS", importer="PRK",
                     period_start="2013-01-01", period_end="2013-12-31", year=2013,
                     attribution="the Federal Customs Service of Russia")
    fert = make_claim(yna, "5,000 tons", fert_sentence, value=5000.0, unit="t", kind="level",
                      commodity="fertilizer", exporter="CHN", importer="PRK",
                      period_start="2023-01-01", period_end="2023-12-31", year=2023)
    bbl = make_claim(nknews, "165,000 barrels", bbl_sentence, value=165000.0, unit="bbl",
                     kind="level", commodity="refined_petroleum", exporter="RUS",
                     importer="PRK", period_start="2024-03-01", period_end="2024-03-31",
                     year=2024, modality="estimated", attribution="U.S. officials")
    flour = make_claim(script_doc, "1,000 tonnes", flour_sentence, value=1000.0, unit="t",
                       kind="level", commodity="flour", exporter="RUS", importer="PRK",
                       period_start="2024-01-01", period_end="2024-12-31", year=2024)
    cap = Finding(id="fnd-cap-2025", type="cap_exceeded", severity="warning",
                  explanation="Planned supply to PRK from RUS in 2025: 1,200,000 bbl, 240% of "
                              "the 500,000 bbl cap.",
                  claim_ids=(planned.id,),
                  details=(("rule", "2397-OP5-refined"), ("period_start", "2025-01-01"),
                           ("period_end", "2025-12-31"), ("modality", "planned"),
                           ("supplier", "RUS"), ("total", 1200000.0), ("unit", "bbl"),
                           ("cap", 500000.0), ("share_of_cap", 2.4)))
    usage = Finding(id="fnd-usage-2024", type="cap_usage", severity="info",
                    explanation="Estimated supply to PRK from RUS in 2024: 165,000 bbl, 33% of "
                                "the 500,000 bbl cap.",
                    claim_ids=(bbl.id,),
                    details=(("rule", "2397-OP5-refined"), ("period_start", "2024-01-01"),
                             ("period_end", "2024-12-31"), ("modality", "estimated"),
                             ("supplier", "RUS"), ("total", 165000.0), ("unit", "bbl"),
                             ("cap", 500000.0), ("share_of_cap", 0.33)))
    conflict = Finding(id="fnd-conflict", type="conflict", severity="warning",
                       explanation=f"Two figures disagree {SCRIPT}.", claim_ids=(usd.id,))
    with Store.open(path) as store:
        store.save_document(dnk, [planned])
        store.save_document(donga, [usd])
        store.save_document(yna, [fert])
        store.save_document(nknews, [bbl])
        store.save_document(script_doc, [flour])
        store.save_statistics(statistics())
        store.replace_findings([cap, usage, conflict])
    return Sample(path, planned.id, usd.id, fert.id, bbl.id, flour.id, script_doc.id, cap.id)


def add_many_claims(path: Path, count: int) -> list[str]:
    """`count` extra fertilizer claims CHN -> PRK in one document (for paging)."""
    sentences = [f"China sent {1000 + i} tons of fertilizer to North Korea." for i in range(count)]
    doc = _doc(" ".join(sentences), "Bulk Wire", date(2022, 1, 1), "Bulk")
    claims = [make_claim(doc, f"{1000 + i} tons", s, value=float(1000 + i), unit="t",
                         kind="level", commodity="fertilizer", exporter="CHN", importer="PRK",
                         period_start="2021-01-01", period_end="2021-12-31", year=2021)
              for i, s in enumerate(sentences)]
    with Store.open(path) as store:
        store.save_document(doc, claims)
    return [c.id for c in claims]
