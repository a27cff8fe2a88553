"""Review mends of session 52's flow rules (flows.py): ordinary news text they over-reached on."""

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def _claims(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = Document.from_text(text, outlet="x", published=date(2024, 5, 1), source="x")
    return {c.surface: (c.exporter, c.importer) for c in extract_claims(doc)}


def test_turned_flow_ends_at_a_flow_noun_or_contrast() -> None:
    got = _claims("New Zealand exports to China rose to NZ$20 billion in 2023. Purchases going "
                  "the other way climbed to NZ$15 billion, though exports of dairy fell 10% to "
                  "NZ$8 billion.")
    assert got["NZ$15 billion"] == ("CHN", "NZL")
    assert got["10%"] == ("NZL", "CHN")
    assert got["NZ$8 billion"] == ("NZL", "CHN")


def test_home_market_sales_anywhere_before_sales_are_no_exports() -> None:
    got = _claims("India's crude imports rose to 4.6 million bpd in 2023. Retail fuel sales rose "
                  "6% to 90 million tonnes.")
    assert got["6%"][0] is None
    got = _claims("Japan's car imports rose 3% to 350,000 units in 2023. Domestic car sales rose "
                  "8% to 4.8 million units.")
    assert got["4.8 million units"][0] is None


def test_sales_at_home_are_no_exports() -> None:
    got = _claims("Egypt's wheat imports fell 15% to 10 million tonnes in 2023. Bread sales at "
                  "state bakeries fell 6% to 90 billion loaves.")
    assert got["6%"][0] is None
    got = _claims("Turkey's gold imports rose to 320 tonnes in 2023. Jewellery sales rose 12% to "
                  "180 tonnes during the wedding season.")
    assert got["180 tonnes"][0] is None
    got = _claims("India's crude imports rose to 4.6 million bpd in 2023. Sales of diesel rose 6% "
                  "to 90 million tonnes.")
    assert got["90 million tonnes"][0] is None


def test_the_clauses_own_trade_verb_wins_over_opening_sales() -> None:
    got = _claims("Pakistan's cotton imports rose to 1 million bales in 2023. Sales slowed as "
                  "mills bought only 200,000 bales in December.")
    assert got["200,000 bales"] == (None, "PAK")


def test_asset_purchases_are_no_imports() -> None:
    got = _claims("Chile's copper exports rose 5% to 5 million tonnes in 2023. Land purchases by "
                  "mining firms rose 10% to $2 billion.")
    assert got["$2 billion"][1] is None
    got = _claims("Indonesia's coal exports rose 5% to 500 million tonnes in 2023. Share purchases "
                  "by foreign funds reached $3 billion.")
    assert got["$3 billion"][1] is None


def test_a_companys_goods_earnings_are_no_exports() -> None:
    got = _claims("Brazil's economy grew 3% in 2023, officials said.\nVale's nickel revenue fell "
                  "30% to $1.6 billion in the quarter.")
    assert got["$1.6 billion"] == (None, None)
    got = _claims("India's economy grew 7% in 2023, officials said.\nTata Steel earnings rose 20% "
                  "to 80 billion rupees in the March quarter.")
    assert got["80 billion rupees"] == (None, None)
