"""Mends of the forty-first session's procuring and `added` rules (review of commits 1be4ea1
and 8f92908): each wrong reading the reviewer found, then the readings the commits meant."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body
from tradetrace.model import Claim

WHEN = date(2024, 3, 1)


def _claim(text: str, surface: str) -> Claim:
    return in_body(text, WHEN)[surface]


def _modality(text: str, surface: str) -> str:
    return str(_claim(text, surface).modality)


def _source(text: str, surface: str) -> str | None:
    return _claim(text, surface).attribution


# `secured` and money taken in (commit 1be4ea1)

def test_money_secured_in_revenue_is_reported_in_its_own_month() -> None:
    """`secured $8 billion in oil revenue in January`: takings recorded, not a purchase planned,
    so January stays this year's."""
    claim = _claim("Iraq secured $8 billion in oil revenue in January, the ministry said.",
                   "$8 billion")
    assert claim.modality == "reported"
    assert claim.period_start == "2024-01-01"
    assert claim.attribution == "the ministry"


def test_money_secured_from_exports_is_reported() -> None:
    """`secured $10 billion from oil exports`: money a seller took in."""
    claim = _claim("Iraq secured $10 billion from oil exports in January", "$10 billion")
    assert claim.modality == "reported"
    assert claim.period_start == "2024-01-01"


def test_money_lined_up_as_funding_is_no_plan() -> None:
    """`lined up $2 billion in oil revenue`: money, whatever the procuring verb."""
    text = "Iraq lined up $2 billion in oil revenue in January."
    assert _modality(text, "$2 billion") == "reported"


# `secured` with no tender or deal in its clause (commit 1be4ea1)

def test_sales_secured_in_a_month_are_reported() -> None:
    claim = _claim("Exporters secured 1.2 million tonnes of sales to China in January",
                   "1.2 million tonnes")
    assert claim.modality == "reported"
    assert claim.period_start == "2024-01-01"


def test_oil_secured_through_transfers_is_reported() -> None:
    text = ("North Korea secured at least 1 million barrels of refined oil through ship-to-ship "
            "transfers in 2023, the UN panel said")
    assert _modality(text, "1 million barrels") == "reported"
    assert _source(text, "1 million barrels") == "the UN panel"


def test_oil_secured_in_a_month_per_tracking_data_is_reported() -> None:
    text = "India secured 1.7 million bpd of Russian oil in March, Kpler data showed"
    assert _modality(text, "1.7 million bpd") == "reported"


def test_imports_secured_in_a_past_year_are_reported() -> None:
    text = "Egypt secured 3 million tonnes of wheat imports in 2023"
    assert _modality(text, "3 million tonnes") == "reported"


# what commit 1be4ea1 meant: a purchase won in a tender or deal is planned

def test_an_amount_secured_in_a_tender_or_deal_is_planned() -> None:
    """`secured` before an amount, with a tender, cargoes, a delivery window, a deal or a
    contract in its clause (before or after the verb), is a planned purchase."""
    cases = {
        "Jordan's state buyer secured 120,000 tonnes of wheat in a tender on Tuesday.":
            "120,000 tonnes",
        "GASC secured 300,000 tonnes of wheat for shipment in May.": "300,000 tonnes",
        "In a tender on Tuesday, Jordan secured 120,000 tonnes of wheat.": "120,000 tonnes",
        "Pakistan secured 10 LNG cargoes, or 600,000 tonnes, from Qatar.": "600,000 tonnes",
        "Under the deal, Bangladesh secured 1 million tonnes of rice from India.":
            "1 million tonnes",
        "The importer secures 50,000 tonnes of sugar under a contract with Brazil's Raizen.":
            "50,000 tonnes",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "planned", text


def test_an_amount_lined_up_or_awarded_is_planned_without_a_tender_word() -> None:
    """`lined up` and `awarded` before an amount stay planned without a tender word."""
    cases = {
        "The Indian refiner has lined up about 3 million barrels of Guyanese crude.":
            "3 million barrels",
        "The food agency awarded 150,000 tonnes of rice to Vietnamese suppliers.":
            "150,000 tonnes",
        "The agency awarded 1.16mn t in 18 cargoes.": "1.16mn t",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "planned", text


def test_a_share_secured_is_no_purchase() -> None:
    text = "Kenyan tea secured a 12% share of Pakistan's imports in 2023."
    assert _modality(text, "12%") == "reported"


# `added` before a period word or a `to` (commit 8f92908)

def test_added_before_a_half_year_is_a_remark() -> None:
    text = "The agriculture ministry added H1 exports rose 10% to 25 million tonnes."
    assert _source(text, "10%") == "The agriculture ministry"
    assert _source(text, "25 million tonnes") == "The agriculture ministry"


def test_added_before_a_quarter_is_a_remark() -> None:
    text = "Customs added Q1 imports reached 120 million tonnes"
    assert _source(text, "120 million tonnes") == "Customs"


def test_added_before_a_fiscal_year_or_nine_months_is_a_remark() -> None:
    fiscal = "The trade ministry added FY24 exports reached 12 million tonnes."
    assert _source(fiscal, "12 million tonnes") == "The trade ministry"
    nine = "The trade ministry added 9M exports reached 8 million tonnes."
    assert _source(nine, "8 million tonnes") == "The trade ministry"


def test_added_to_the_pressure_is_a_remark() -> None:
    text = ("The Kremlin added to the pressure, saying exports of 3 million tonnes had been "
            "blocked")
    assert _source(text, "3 million tonnes") == "The Kremlin"


# what commit 8f92908 meant: `added` beside an amount is a sum

def test_added_beside_an_amount_or_a_measure_is_a_sum() -> None:
    """`Cashew kernels added N9.2 billion`, `Gold added CHF 2.3 billion to exports`, `with 400
    MW added`, `added to the price`: a sum; the source said before keeps its figures."""
    naira = ("Ghana's cocoa exports reached N43.5 billion in the quarter, the statistics bureau "
             "said. Cashew kernels added N9.2 billion, ranking behind cocoa.")
    assert _source(naira, "N9.2 billion") == "the statistics bureau"
    francs = ("Swiss watch exports rose 5% to CHF 20 billion, the federation said. Gold added "
              "CHF 2.3 billion to exports.")
    assert _source(francs, "CHF 2.3 billion") == "the federation"
    power = ("Laos will export 1,200 MW of power to Cambodia, the energy ministry said. Phase "
             "one is to deliver 300 MW by 2025, with 400 MW added in 2026.")
    assert _source(power, "300 MW") == "the energy ministry"
    price = ("Wheat exports fell 8% to 4 million tonnes, the council said. Freight added to the "
             "price, lifting the import bill 3% to $2 billion.")
    assert _source(price, "$2 billion") == "the council"
