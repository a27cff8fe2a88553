"""Review mends of the fifty-first session's goods rules (2026-12-06): ordinary news sentences
the new rules over-read, each pinned to the reading from before the rule."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_the_metal_and_the_ore_take_a_key_only_when_all_goods_in_reach_share_it() -> None:
    """`the metal`, `the ore`, `the product` usually point to the sentence's subject goods, which
    may come before the last keyed goods and have no key: then the commodity is unknown, not the
    later keyed goods."""
    found = _claims("China's imports of aluminium rose 8% in April as steel output slowed. "
                    "Imports of the metal from Russia reached 200,000 tonnes.")
    assert found["200,000 tonnes"].commodity is None
    found = _claims("India's imports of gold rose 20% in April, while steel exports fell. "
                    "Imports of the metal reached $3 billion.")
    assert found["$3 billion"].commodity is None
    found = _claims("Guinea's bauxite exports rose 10% in April as iron ore shipments from "
                    "Simandou began. Exports of the ore reached 30 million tonnes.")
    assert found["30 million tonnes"].commodity is None
    found = _claims("Ivory Coast's cocoa exports rose 10% in April despite higher fertilizer "
                    "imports. Exports of the product reached $600 million.")
    assert found["$600 million"].commodity is None
    found = _claims("Steel exports rose 5% in April while coal imports fell. Exports of the "
                    "metal reached $3 billion.")
    assert found["$3 billion"].commodity is None
    found = _claims("Canadian steel exports to Mexico rose in May. Total Canadian exports of the "
                    "material fell 14.2 percent from April to 512,300 mt.")
    assert found["512,300 mt"].commodity == "iron_steel"
    # (reach: the phrase's sentence and the one before it)
    found = _claims("The first cargo of bauxite reached the steel base in Shanghai. Its output "
                    "may equal ten percent of China's iron ore imports. China bought about 1.2 "
                    "billion tonnes of the ore from abroad in 2024.")
    assert found["1.2 billion tonnes"].commodity == "iron_ore"
