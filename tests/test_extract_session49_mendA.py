"""Review mends (mendA) of the forty-ninth session's rules, each pinned by the review's ordinary
news sentences, which must come out as they did before the rule."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 5, 1)

_IMPLANTS = ("Costa Rica's exports reached $3.3 billion in 2023. Sales of medical implants rose "
             "40 percent to $1.1 billion. ")


def test_a_bare_flow_noun_stays_with_goods_it_points_back_to() -> None:
    """A bare flow noun goes back to all goods only on a partner in its own slot, and not when
    it points back to the goods (`of the devices`, `of them`) or its sentence names them."""
    found = extracted(_IMPLANTS + "Shipments to Ireland, the biggest buyer of the implants, "
                      "climbed 19 percent to $300 million.", WHEN)
    assert found["19 percent"].commodity is None
    assert found["$300 million"].commodity is None
    found = extracted(_IMPLANTS + "Shipments climbed 19 percent in the fourth quarter, helped "
                      "by a new plant opened by a U.S. company.", WHEN)
    assert found["19 percent"].commodity is None
    found = extracted(_IMPLANTS + "Purchases of the devices by hospitals in Germany rose 12 "
                      "percent to $90 million.", WHEN)
    assert found["$90 million"].commodity is None
    found = extracted(_IMPLANTS + "Imports of them, by contrast, fell 5 percent to $200 "
                      "million.", WHEN)
    assert found["$200 million"].commodity is None


def test_a_level_is_the_sectors_only_with_the_sector_as_its_subject() -> None:
    """A level or change is the goods just counted only when the definite sector or industry is
    the subject of a short verb phrase before it (`The industry earned`), not an `industry
    ministry` saying overall exports rose, nor a qualified sector's (`private sector's`)."""
    found = extracted("Steel exports fell 3 percent to $900 million in March. The industry "
                      "ministry said overall exports rose 6 percent to $12 billion.", WHEN)
    assert found["$900 million"].commodity == "iron_steel"
    assert found["6 percent"].commodity == "trade"
    assert found["$12 billion"].commodity == "trade"
    found = extracted("Steel exports fell 3 percent to $900 million in March. The private "
                      "sector's imports rose 6 percent to $12 billion.", WHEN)
    assert found["6 percent"].commodity == "trade"
    assert found["$12 billion"].commodity == "trade"


def test_a_due_year_or_quarter_after_a_clause_break_leaves_a_flow_reported() -> None:
    """A year, half, quarter or season a later due phrase names marks only the goods right before
    it (`400,000 tonnes for shipment in 2024`), not a flow done in its own period before a
    clause break (`exported ... in March, fulfilling contracts signed for shipment in 2024`)."""
    found = extracted("India exported 400,000 tonnes of sugar in March, fulfilling contracts "
                      "signed for shipment in 2024.", WHEN)
    assert found["400,000 tonnes"].modality == "reported"
    assert found["400,000 tonnes"].period_start == "2024-03-01"
    found = extracted("Russia exported 4 million tonnes of wheat in April, up from a year "
                      "earlier, as buyers rushed to secure grain for delivery in the second "
                      "quarter.", WHEN)
    assert found["4 million tonnes"].modality == "reported"
    found = extracted("India sold 400,000 tonnes of sugar for shipment in 2024.", WHEN)
    assert found["400,000 tonnes"].modality == "planned"


def test_bean_arrivals_and_arrivals_from_an_origin_are_imports() -> None:
    """Bean arrivals are no grower's exports by themselves (`Germany's coffee bean arrivals`),
    and cocoa arrivals from an origin are the owner's imports; a grower's port arrivals stay
    its exports."""
    found = extracted("Germany's coffee bean arrivals fell 4 percent to 95,000 tonnes in March.",
                      WHEN)
    assert (found["95,000 tonnes"].exporter, found["95,000 tonnes"].importer) == (None, "DEU")
    found = extracted("Malaysia's cocoa bean arrivals from Ghana and Ivory Coast rose to 30,000 "
                      "tonnes in the first quarter, feeding its grinders.", WHEN)
    assert found["30,000 tonnes"].importer == "MYS"
    found = extracted("Indonesia's cocoa bean arrivals from Ivory Coast rose to 40,000 tonnes in "
                      "March as local grinders sought supply.", WHEN)
    assert (found["40,000 tonnes"].exporter, found["40,000 tonnes"].importer) == ("CIV", "IDN")
    found = extracted("Ivory Coast cocoa arrivals at ports reached 1.2 million tonnes by "
                      "mid-March.", WHEN)
    assert (found["1.2 million tonnes"].exporter,
            found["1.2 million tonnes"].importer) == ("CIV", None)


def test_figures_that_beat_estimates_are_no_estimate() -> None:
    """`according to customs figures that beat estimates by economists`: the figures are the
    customs office's; the estimates are what they beat, no base of them."""
    found = extracted("Exports rose 5 percent to $2.1 billion in March, according to customs "
                      "figures that beat estimates by economists polled by Reuters.", WHEN)
    assert found["$2.1 billion"].modality == "reported"
    found = extracted("Peru shipped 52,000 tonnes of avocados to Spain in the first quarter, "
                      "according to the Fish Union's preliminary estimates.", WHEN)
    assert found["52,000 tonnes"].modality == "estimated"
