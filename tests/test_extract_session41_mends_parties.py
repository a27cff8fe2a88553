"""Mend of a party rule (extract/roles.py `owned_goods_earnings`): only a country's name or
demonym owns goods earnings as its exports. Sentences invented. (The review also read `Australia
was the top supplier, ahead of Malaysia, with 28 million tonnes` as Australia's figure; the
development gold reads such a figure as the rival's, so that rule stays.)"""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

_DAY = date(2024, 3, 1)


def _sides(text: str, surface: str) -> tuple[str | None, str | None]:
    claim = extracted(text, _DAY)[surface]
    return claim.exporter, claim.importer


def test_a_companys_goods_revenue_is_no_countrys_exports() -> None:
    """`Gazprom's gas revenue`, `Shenhua's coal revenue`: a company's sales, no exporter."""
    text = "Gazprom's gas revenue fell 40% to 8.5 trillion roubles in 2023"
    assert _sides(text, "40%") == (None, None)
    assert _sides(text, "8.5 trillion roubles") == (None, None)
    text = "Shenhua's coal revenue fell 12% to 340 billion yuan"
    assert _sides(text, "12%") == (None, None)
    assert _sides(text, "340 billion yuan") == (None, None)


def test_a_countrys_goods_earnings_are_its_exports() -> None:
    """`Russia's oil and gas revenues`, `Ghana's cocoa receipts`, `Uruguay's meat earnings`: the
    country's name owns what its goods fetched abroad."""
    text = "Russia's oil and gas revenues fell 24% to 8.8 trillion roubles in 2023"
    assert _sides(text, "8.8 trillion roubles") == ("RUS", None)
    text = "Ghana's cocoa receipts fell to $1.5 billion in 2023"
    assert _sides(text, "$1.5 billion") == ("GHA", None)
    text = "Uruguay's meat earnings dip 8.4% to $2.1 billion"
    assert _sides(text, "8.4%") == ("URY", None)
    assert _sides(text, "$2.1 billion") == ("URY", None)
