"""Which quantities are trade claims at all (extract/claims `drafts`): prices, and what restates
or moves a price, are not; nor are sizes of vessels, debts, budgets, balances or counts of things
that are not goods. Sentences are invented; in the first tests quantities are read by the quantity
layer, in the rest they are written out by hand, so only the claim logic runs."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import by_surface, claims_from, parties
from tradetrace.extract import extract_claims
from tradetrace.model import Document, Quantity

MAY_2024 = date(2024, 5, 20)
JUNE_2024 = date(2024, 6, 20)
JULY_2025 = date(2025, 7, 28)


def claim_surfaces(text: str) -> list[str]:
    document = Document.from_text(text, published=date(2025, 3, 18))
    return [c.surface for c in extract_claims(document)]


@pytest.mark.parametrize("text", [
    "Rice was selling for 7,650 won per kilogram in Sinuiju markets last week, nearly 60 percent "
    "more than a year earlier.",
    "Corn fetched 3,100 won per kilogram in Hyesan, about 12 percent higher than in January.",
])
def test_a_percent_compared_after_a_price_is_the_prices_move(text: str) -> None:
    assert claim_surfaces(text) == []


def test_a_gapped_price_after_a_price_is_a_price() -> None:
    text = "Gasoline sold for 23,500 won per kilogram and diesel for 19,000 won in Sinuiju."
    assert claim_surfaces(text) == []


def test_a_flow_worth_money_after_a_flow_is_still_a_claim() -> None:
    text = "China sold 3,000 tonnes of rice to North Korea for $1.5 million in March."
    assert claim_surfaces(text) == ["3,000 tonnes", "$1.5 million"]


@pytest.mark.parametrize("text", [
    "Tupras' 11mn t/yr Izmit refinery ran at reduced rates in March.",
    "Reliance runs a 1.24 million bpd plant at Jamnagar.",
])
def test_a_rate_before_a_plant_is_its_capacity(text: str) -> None:
    assert claim_surfaces(text) == []


def test_a_share_of_people_in_poverty_is_no_claim() -> None:
    text = ("Iran shipped 55,000 barrels per day of crude to Syria in July. Roughly 90% of "
            "Syrians live below the poverty line.")
    assert claim_surfaces(text) == ["55,000 barrels per day"]


def test_a_count_of_cargoes_is_no_claim() -> None:
    text = "Russia shipped 20 bcm of LNG to China in 2024, loading 97 cargoes at Sabetta."
    assert "97 cargoes" not in claim_surfaces(text)


@pytest.mark.parametrize("text", [
    "Thailand's exports of children's toys to Laos rose to $5 million in 2023.",
    "Iraq's 450,000 bpd pipeline exports to Turkey resumed in May.",
])
def test_flows_named_with_children_or_a_pipeline_are_claims(text: str) -> None:
    assert len(claim_surfaces(text)) == 1


# --- prices and currencies (quantities written out by hand) ------------------------------------

def test_money_for_one_unit_of_goods_is_a_price() -> None:
    text = ("A sack of Thai rice sold for 95,000 kip in Vientiane markets, while Laos imported "
            "20,000 tonnes of rice from Thailand in May.")
    claims = claims_from(text, (("95,000 kip", 95_000, "LAK"), ("20,000 tonnes", 20_000, "t")),
                         JUNE_2024)
    assert [c.surface for c in claims] == ["20,000 tonnes"]


def test_the_old_value_of_a_price_and_a_price_goods_fetch_are_no_claims() -> None:
    text = ("The price of rice in Vientiane rose to 9,200 kip per kilogram in May, up from 8,500 "
            "kip a month earlier. Corn sold for 4,100 kip, while the U.S. dollar traded at 21,000 "
            "kip.")
    found = claims_from(text, (("9,200 kip", 9_200, "LAK"), ("8,500 kip", 8_500, "LAK"),
                               ("4,100 kip", 4_100, "LAK"), ("21,000 kip", 21_000, "LAK")),
                        MAY_2024)
    assert found == []


def test_a_percent_move_of_a_price_is_no_claim() -> None:
    text = ("Diesel prices in Vientiane climbed to 24,500 kip per litre in early August, up 8 "
            "percent from mid-July, while Laos imported 30,000 tonnes of diesel from Thailand.")
    found = claims_from(text, (("24,500 kip", 24_500, "LAK/liter"), ("8 percent", 8, "percent"),
                               ("30,000 tonnes", 30_000, "t")), JULY_2025)
    assert [c.surface for c in found] == ["30,000 tonnes"]


def test_a_currency_trading_at_a_rate_is_not_a_trade_claim() -> None:
    text = "In Havana's street markets the euro traded above 300 pesos in early 2024, vendors said."
    found = by_surface(text, (("300 pesos", 300.0, "CUP"),), date(2024, 3, 1))
    assert found == {}


def test_a_sale_naming_its_sides_is_a_flow() -> None:
    text = "Laos sold 20,000 tonnes of rice to Thailand for $9 million in May."
    found = claims_from(text, (("20,000 tonnes", 20_000, "t"), ("$9 million", 9e6, "USD")),
                        MAY_2024)
    assert [c.surface for c in found] == ["20,000 tonnes", "$9 million"]


# --- vessels, containers and counts -------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value", "claimed"), [
    ("The 80,000 tons of wheat came on a 40,000-ton bulk carrier from Odesa to Egypt.",
     "40,000-ton", 40_000, False),
    ("Two 300,000-barrel tankers carried Iraqi crude to India.", "300,000-barrel", 300_000,
     False),
    ("Iraq shipped a 300,000-barrel cargo of crude to India.", "300,000-barrel", 300_000, True),
])
def test_the_size_of_a_vessel_is_no_flow(text: str, surface: str, value: float,
                                         claimed: bool) -> None:
    unit = "bbl" if "barrel" in surface else "t"
    found = claims_from(text, ((surface, value, unit),), JUNE_2024)
    assert bool(found) is claimed


def test_tankers_of_a_size_and_credit_lines_are_no_flows() -> None:
    text = ("Laos bought 20,000 tonnes of Thai diesel in May, carried by tankers of 3,000 to 5,000 "
            "tons. Bangkok had extended credit lines worth more than $3 billion to Vientiane for "
            "fuel purchases since 2013.")
    found = claims_from(text, (("20,000 tonnes", 20_000, "t"),
                               Quantity(text.index("3,000 to"), text.index(" tons.") + 5,
                                        "3,000 to 5,000 tons", 3000, "t", value_max=5000),
                               ("$3 billion", 3e9, "USD")), JULY_2025)
    assert [c.surface for c in found] == ["20,000 tonnes"]


def test_a_containers_size_and_a_count_of_sources_are_no_claims() -> None:
    text = ("Thai fertilizer is smuggled into Laos; a 50-kilogram sack was selling at markets "
            "for less, and one source said buying had slowed.")
    found = claims_from(text, (("50-kilogram", 50, "kilogram"), ("one source", 1, "source")),
                        MAY_2024)
    assert found == []


# --- debts, budgets and balances ----------------------------------------------------------------

def test_a_percent_of_a_debt_and_its_remainder_are_no_claims() -> None:
    text = ("Moscow agreed to a deal writing off 70 percent of Laos's $3 billion Soviet-era debt, "
            "with the remaining $900 million to be repaid over 15 years.")
    assert claims_from(text, (("70 percent", 70, "percent"), ("$3 billion", 3e9, "USD"),
                              ("$900 million", 9e8, "USD")), JUNE_2024) == []


def test_the_same_amount_of_a_budget_in_another_currency_is_no_claim() -> None:
    text = ("The budget includes 21.4 billion kip for food aid through the World Food Programme, "
            "equal to about $1 million.")
    assert claims_from(text, (("21.4 billion kip", 21.4e9, "LAK"), ("$1 million", 1e6, "USD")),
                       MAY_2024) == []


def test_a_trade_balance_is_no_flow() -> None:
    text = "Laos's trade deficit with Thailand widened to $2 billion in 2023."
    assert "$2 billion" not in by_surface(text, (("$2 billion", 2e9, "USD"),), MAY_2024)


# --- amounts without a trade word ---------------------------------------------------------------

def test_an_amount_in_the_articles_unit_without_a_trade_word_goes_on_about_its_flows() -> None:
    text = ("Mongolia declared 12,500 barrels of diesel supplied to Laos in 2021, the committee's "
            "records show.\n"
            "Most of the 2021 total came late: November alone accounted for 6,100 barrels. In May "
            "the country reported 900 barrels.")
    claims = by_surface(text, (("12,500 barrels", 12_500, "bbl"), ("6,100 barrels", 6_100, "bbl"),
                               ("900 barrels", 900, "bbl")), date(2022, 10, 10))
    for surface, month in (("6,100 barrels", "2021-11"), ("900 barrels", "2021-05")):
        claim = claims[surface]
        assert (claim.commodity, claim.exporter, claim.importer) == ("diesel", "MNG", "LAO")
        assert (claim.period_start or "").startswith(month)


def test_an_amount_in_another_unit_without_a_trade_word_is_no_claim() -> None:
    text = ("Mongolia declared 12,500 barrels of diesel supplied to Laos in 2021.\n"
            "The depot near the border holds 40,000 cubic metres.")
    found = claims_from(text, (("12,500 barrels", 12_500, "bbl"),
                               ("40,000 cubic metres", 40_000, "cubic_meter")), date(2022, 10, 10))
    assert [c.surface for c in found] == ["12,500 barrels"]


def test_a_total_in_the_articles_currency_without_a_trade_word_is_its_trade_total() -> None:
    text = ("KOTRA put Laos's 2022 trade at 1.59 billion dollars.\n"
            "The agency revises figures between editions: its 2019 total appeared as 3.24 billion "
            "dollars in one report and 3.22 billion dollars in the next.")
    claims = by_surface(text, (("1.59 billion dollars", 1.59e9, "USD"),
                               ("3.24 billion dollars", 3.24e9, "USD"),
                               ("3.22 billion dollars", 3.22e9, "USD")), JUNE_2024)
    for surface in ("3.24 billion dollars", "3.22 billion dollars"):
        claim = claims[surface]
        assert (claim.commodity, parties(claim)) == ("trade", ("LAO", None, True))
        assert claim.period_start == "2019-01-01"


def test_money_without_a_total_or_a_trade_word_is_no_claim() -> None:
    text = ("KOTRA put Laos's 2022 trade at 1.59 billion dollars.\n"
            "The agency's budget appeared as 3.24 billion dollars in one report.")
    found = claims_from(text, (("1.59 billion dollars", 1.59e9, "USD"),
                               ("3.24 billion dollars", 3.24e9, "USD")), JUNE_2024)
    assert [c.surface for c in found] == ["1.59 billion dollars"]


@pytest.mark.parametrize("text", [
    "Kazakhstan, with 16 million tonnes in storage, exported wheat to China last year.",
    "China's crude inventories reached 16 million tonnes in May, traders said.",
])
def test_a_stock_in_store_is_not_a_flow(text: str) -> None:
    found = claims_from(text, (("16 million tonnes", 1.6e7, "t"),), date(2024, 7, 1))
    assert found == []


@pytest.mark.parametrize("text", [
    "China's purchases of Russian crude for its strategic reserves rose to 16 million tonnes in "
    "May.",
    "Japan's imports of LNG to refill depleted stocks rose to 16 million tonnes in January.",
])
def test_flows_bought_for_stocks_are_still_flows(text: str) -> None:
    found = claims_from(text, (("16 million tonnes", 1.6e7, "t"),), date(2024, 7, 1))
    assert [c.surface for c in found] == ["16 million tonnes"]


def test_what_a_country_consumes_is_no_flow() -> None:
    text = "Laos consumes roughly 100,000 bpd of oil, most of it burned in power plants."
    assert claims_from(text, (("100,000 bpd", 1e5, "bbl/d"),), date(2024, 4, 16)) == []


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("Iranian crude held on tankers off Malaysia has risen to about 16 million tonnes, the most "
     "since 2023.", "16 million tonnes", 1.6e7, "t"),
    ("The wharf can handle up to 16 million tonnes a year of coal and other bulk goods.",
     "16 million tonnes a year", 1.6e7, "t/yr"),
    ("Laos still owes China roughly $10 billion from oil-for-loans deals.", "$10 billion", 1e10,
     "USD"),
    ("Beijing lent the country more than $60 billion between 2007 and 2016.", "$60 billion",
     6e10, "USD"),
])
def test_stores_capacities_and_loans_are_no_flows(text: str, surface: str, value: float,
                                                   unit: str) -> None:
    assert claims_from(text, ((surface, value, unit),), date(2024, 7, 1)) == []


@pytest.mark.parametrize("name", ["the People's Republic of China",
                                  "the Democratic People's Republic of Korea"])
def test_people_in_a_country_s_name_is_no_head_count(name: str) -> None:
    text = f"Trade between Russia and {name} contracted by 10.8% in 2020 to $42.74 mln."
    found = claims_from(text, (("10.8%", 10.8, "percent"), ("$42.74 mln", 4.274e7, "USD")),
                        date(2021, 2, 8))
    assert [c.surface for c in found] == ["10.8%", "$42.74 mln"]


def test_market_prices_and_exchange_rates_in_one_sentence_are_no_flows() -> None:
    text = ("Merchants were trading dollars at 8,250 KPW, up from 8,100 KPW earlier in November. "
            "A kilogram of gasoline now fetches 8,550 KPW, up 350 KPW, while diesel has risen "
            "300 KPW to 6,100 KPW.")
    quantities = tuple((s, float(s.split()[0].replace(",", "")), "KPW") for s in (
        "8,250 KPW", "8,100 KPW", "8,550 KPW", "350 KPW", "300 KPW", "6,100 KPW"))
    assert claims_from(text, quantities, date(2016, 11, 29)) == []
