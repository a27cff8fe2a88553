"""Arithmetic consistency: stated changes, conversions and shares against stated levels."""

from __future__ import annotations

import pytest

from tradetrace.model import Claim
from tradetrace.verify.arithmetic import check_arithmetic, check_changes
from tradetrace.verify.flows import half_width
from tradetrace.verify.options import CheckOptions

DONGA = (
    "Last year, Russia provided North Korea with its oil, which was a 60 percent increase from "
    "the previous year. "
    "According to the Federal Customs Service of Russia and KOTRA (Korea Trade-Investment "
    "Promotion Agency) Moscow office on Tuesday, Russia exported 36.89 million U.S. dollar-worth "
    "oil to North Korea last year. "
    "This is a 58.5 percent increase from 23.28 million dollars in 2012. "
    "As a result, Russia's oil exports to North Korea are now similar to those before its second "
    "nuclear test on May 25, 2009 (41.61 million dollars in 2008). "
    "Meanwhile, North Korea's exports to Russia shrank by 29.9 percent from 11 million dollars to "
    "7.71 million dollars over the same period.")


PLANTED = ("Russia's refined oil exports to North Korea rose 16 percent from US$20.4 million in "
           "2018 to US$24.8 million in 2019.")


def donga(surface: str, value: float, unit: str, year: int, *, text: str = DONGA,
          doc_id: str = "doc-donga", **fields: object) -> Claim:
    """A claim on the Dong-A article (or `text`), offsets and sentence taken from the text."""
    start = text.index(surface)
    s_start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    s_end = text.find(". ", start) + 1 or len(text)
    base: dict[str, object] = dict(
        id=f"clm-{surface.split()[0]}-{year}", doc_id=doc_id, start=start,
        end=start + len(surface), sentence_start=s_start, sentence_end=s_end, surface=surface,
        value=value, unit=unit, kind="level", commodity="oil", exporter="RUS", importer="PRK",
        period_start=f"{year}-01-01", period_end=f"{year}-12-31", year=year,
        sentence=text[s_start:s_end])
    base.update(fields)
    return Claim(**base)  # type: ignore[arg-type]


def donga_claims() -> list[Claim]:
    return [
        donga("60 percent", 60, "percent", 2013, kind="change", direction="up"),
        donga("36.89 million", 36.89e6, "USD", 2013),
        donga("58.5 percent", 58.5, "percent", 2013, kind="change", direction="up"),
        donga("23.28 million dollars", 23.28e6, "USD", 2012),
        donga("41.61 million dollars", 41.61e6, "USD", 2008),
        donga("29.9 percent", 29.9, "percent", 2013, kind="change", direction="down",
              exporter="PRK", importer="RUS", commodity="trade"),
        donga("11 million dollars", 11e6, "USD", 2012, exporter="PRK", importer="RUS",
              commodity="trade"),
        donga("7.71 million dollars", 7.71e6, "USD", 2013, exporter="PRK", importer="RUS",
              commodity="trade"),
    ]


def test_stated_precision() -> None:
    assert half_width("58.5 percent", 58.5) == pytest.approx(0.05)
    assert half_width("60 percent", 60) == pytest.approx(5)
    assert half_width("100 percent", 100) == pytest.approx(10)  # capped at 10% of the number
    assert half_width("16%", 16) == pytest.approx(0.5)
    assert half_width("US$23.28 million", 23.28e6) == pytest.approx(5000)
    assert half_width("160,000 tons", 160000) == pytest.approx(5000)
    assert half_width("about 16 percent", 16, approximate=True) == pytest.approx(0.8)


def test_dong_a_percentages_are_all_consistent() -> None:
    findings = check_arithmetic(donga_claims())
    changes = {f.claim_ids[0]: f for f in findings if f.type == "arithmetic"}
    assert len(changes) == 3
    assert all(f.severity == "info" and f.detail("consistent") for f in changes.values())
    sixty = changes["clm-60-2013"]
    assert sixty.detail("computed") == pytest.approx(58.462, abs=1e-3)
    assert sixty.claim_ids == ("clm-60-2013", "clm-36.89-2013", "clm-23.28-2012")  # not 2008
    assert changes["clm-58.5-2013"].claim_ids == ("clm-58.5-2013", "clm-36.89-2013",
                                                  "clm-23.28-2012")
    fall = changes["clm-29.9-2013"]
    assert fall.detail("computed") == pytest.approx(-29.909, abs=1e-3)
    assert fall.claim_ids == ("clm-29.9-2013", "clm-7.71-2013", "clm-11-2012")


def test_planted_16_percent_rise_from_20_4_to_24_8_is_flagged() -> None:
    fields = dict(text=PLANTED, doc_id="doc-planted", commodity="refined_petroleum")
    text_claims = [
        donga("16 percent", 16, "percent", 2019, kind="change", direction="up", **fields),
        donga("US$24.8 million", 24.8e6, "USD", 2019, **fields),
        donga("US$20.4 million", 20.4e6, "USD", 2018, **fields),
    ]
    [finding] = check_changes(text_claims, CheckOptions())
    assert finding.type == "arithmetic" and finding.severity == "warning"
    assert finding.detail("consistent") is False
    assert finding.detail("computed") == pytest.approx(21.57, abs=0.01)
    assert "21.57" in finding.explanation
    assert len(finding.claim_ids) == 3


def test_direction_of_the_change_counts() -> None:
    claims = donga_claims()
    wrong_way = [c if c.id != "clm-29.9-2013" else
                 donga("29.9 percent", 29.9, "percent", 2013, kind="change", direction="up",
                       exporter="PRK", importer="RUS", commodity="trade") for c in claims]
    flagged = [f for f in check_arithmetic(wrong_way) if f.severity == "warning"]
    assert [f.claim_ids[0] for f in flagged] == ["clm-29.9-2013"]


def test_a_base_several_years_back_is_not_assumed() -> None:
    only_2008 = [c for c in donga_claims() if c.year != 2012 or c.commodity == "trade"]
    changes = [f for f in check_arithmetic(only_2008) if f.claim_ids[0] == "clm-60-2013"]
    assert changes == []


def test_levels_of_another_document_are_not_used() -> None:
    claims = donga_claims()
    moved = [Claim(**{**c.__dict__, "doc_id": "doc-other"}) if c.year == 2012 else c
             for c in claims]
    assert [f for f in check_arithmetic(moved) if f.type == "arithmetic"] == []


def conversion_pair(tonnes: float, t_surface: str, barrels: float, b_surface: str,
                    commodity: str = "oil") -> list[Claim]:
    t = Claim(id="clm-t", doc_id="doc-c", start=0, end=5, sentence_start=0, sentence_end=50,
              surface=t_surface, value=tonnes, unit="t", kind="level", commodity=commodity)
    b = Claim(id="clm-b", doc_id="doc-c", start=10, end=20, sentence_start=0, sentence_end=50,
              surface=b_surface, value=barrels, unit="bbl", kind="level", commodity=commodity,
              equivalent_of="clm-t", approximate=True, bound="~")
    return [t, b]


def test_seed_conversion_is_consistent() -> None:
    [f] = check_arithmetic(conversion_pair(160000, "about 160,000 tons", 1.2e6,
                                           "approximately 1.2 million barrels"))
    assert (f.type, f.severity) == ("conversion", "info")
    assert f.detail("implied_bbl_per_t") == pytest.approx(7.5)
    assert set(f.claim_ids) == {"clm-t", "clm-b"}


def test_implausible_conversion_is_a_warning() -> None:
    [f] = check_arithmetic(conversion_pair(53000, "53,000 tons", 1.0e6, "1.0 million barrels"))
    assert (f.type, f.severity) == ("conversion", "warning")
    assert f.detail("implied_bbl_per_t") == pytest.approx(18.87, abs=0.01)


def test_known_product_outside_its_range_is_a_warning() -> None:
    # Russia 2019: 277,365 bbl against 30,180 t = 9.19 bbl/t, fine for an unnamed product ...
    [unnamed] = check_arithmetic(conversion_pair(30180, "30,180 tons", 277365, "277,365 barrels",
                                                 "refined_petroleum"))
    assert unnamed.severity == "info"
    # ... but not for diesel (7.23-7.5)
    [diesel] = check_arithmetic(conversion_pair(30180, "30,180 tons", 277365, "277,365 barrels",
                                                "diesel"))
    assert diesel.severity == "warning" and "diesel" in diesel.explanation


def test_share_against_part_and_total() -> None:
    def level(id_, value, surface, exporter, two_way=True, kind="level", unit="USD"):
        return Claim(id=id_, doc_id="doc-s", start=len(id_), end=len(id_) + 3, sentence_start=0,
                     sentence_end=99, surface=surface, value=value, unit=unit, kind=kind,
                     commodity="trade", exporter=exporter, importer="PRK", two_way=two_way,
                     year=2023, period_start="2023-01-01", period_end="2023-12-31")
    part = level("clm-part", 2721.1e6, "$2,721.1 million", "CHN")
    total = level("clm-total", 2769.1e6, "$2,769.1 million", None)
    good = level("clm-share", 98.3, "98.3 percent", "CHN", kind="share", unit="percent")
    bad = level("clm-share2", 90.0, "90.0 percent", "CHN", kind="share", unit="percent")
    findings = {f.claim_ids[0]: f for f in check_arithmetic([part, total, good, bad])}
    assert findings["clm-share"].severity == "info"
    assert findings["clm-share"].detail("computed") == pytest.approx(98.27, abs=0.01)
    assert findings["clm-share2"].severity == "warning"
    assert set(findings["clm-share"].claim_ids) == {"clm-share", "clm-part", "clm-total"}


def test_share_needs_a_named_part_distinct_from_the_total() -> None:
    """`Trade came to $2.6 billion, or 98 percent of the total` with no partner named: the one
    level is neither a part of itself nor its own total, so there is nothing to check."""
    def claim(id_: str, value: float, unit: str, kind: str) -> Claim:
        return Claim(id=id_, doc_id="doc-t", start=len(id_), end=len(id_) + 3, sentence_start=0,
                     sentence_end=99, surface=f"{value:g} {unit}", value=value, unit=unit,
                     kind=kind, commodity="trade", exporter=None, importer="PRK", two_way=True,
                     year=2024, period_start="2024-01-01", period_end="2024-12-31")
    level = claim("clm-level", 2.641e9, "USD", "level")
    share = claim("clm-share", 98.0, "percent", "share")
    assert [f for f in check_arithmetic([level, share]) if f.type == "share"] == []
