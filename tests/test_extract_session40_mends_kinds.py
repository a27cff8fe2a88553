"""Mends of the fortieth session's claim rules (extract/kinds.py): a verb of carrying beside a
pipeline, an earning verb and a production verb that also yields money, each narrowed to the
reading it was added for. Sentences invented."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

_DAY = date(2024, 3, 1)


def test_pipeline_verbs_count_only_for_goods_in_a_unit_of_goods() -> None:
    """`reach` is no verb of carrying, and `bring` beside a pipeline counts only where the
    sentence states goods in bcm, barrels or tonnes: money near a pipeline is no flow."""
    assert not extracted("Investment in the pipeline reached $55 billion, Gazprom said.", _DAY)
    assert not extracted("Gazprom's profit reached $10 billion even as the Nord Stream "
                         "pipeline stood idle.", _DAY)
    assert not extracted("Building the Baltic pipeline will bring $3 billion to the "
                         "region's contractors.", _DAY)
    assert not extracted("Spending on the pipeline reached 40 percent of the budget.", _DAY)
    found = extracted("Libya piped 3.23 bcm of gas to Italy in 2023.", _DAY)
    assert (found["3.23 bcm"].exporter, found["3.23 bcm"].importer) == ("LBY", "ITA")
    found = extracted("Gas flowing through the TurkStream pipeline reached 15.8 bcm in 2023.",
                      _DAY)
    assert found["15.8 bcm"].kind == "level"


def test_earnings_from_levies_on_goods_are_no_flow() -> None:
    """`earned ... from oil taxes`: a state's take on goods, not what the goods fetched."""
    assert not extracted("Russia's budget earned 1.2 trillion roubles from oil taxes in "
                         "January.", _DAY)
    assert not extracted("Zambia earned $500 million from copper royalties in 2023.", _DAY)
    assert not extracted("The treasury earned $80 million from gold levies last year.", _DAY)
    found = extracted("Nigeria earned N1.32 trillion from cocoa in 2023.", _DAY)
    assert found["N1.32 trillion"].exporter == "NGA"
    found = extracted("Tobacco earns Brazil $2 billion a year.", _DAY)
    assert found["$2 billion a year"].exporter == "BRA"
    found = extracted("Madagascar's vanilla earnings sink 64% in 2023.", _DAY)
    assert (found["64%"].kind, found["64%"].direction) == ("change", "down")


def test_yielded_and_extracted_produce_only_goods_and_not_after_a_sale() -> None:
    """`yielded` and `extracted` are production only before a unit of goods and not after a
    tender, auction, sale, offering or bond in their clause: `The auction yielded $2 billion`
    is no flow."""
    assert not extracted("The auction yielded $2 billion for the Treasury.", _DAY)
    assert not extracted("The bond offering yielded 1.5 billion euros last week.", _DAY)
    assert not extracted("The share sale extracted $900 million from investors.", _DAY)
    found = extracted("Egypt's tender yielded 240,000 tonnes of Russian wheat.", _DAY)
    assert found["240,000 tonnes"].exporter == "RUS"
    found = extracted("The mine yielded 2.1 million tonnes of copper in 2023.", _DAY)
    assert found["2.1 million tonnes"].kind == "level"


def test_a_tenders_yield_keeps_its_buyer() -> None:
    """`Egypt's tender yielded 240,000 tonnes of Russian wheat`: Egypt bought it."""
    found = extracted("Egypt's tender yielded 240,000 tonnes of Russian wheat.", _DAY)
    claim = found["240,000 tonnes"]
    assert (claim.exporter, claim.importer) == ("RUS", "EGY")
