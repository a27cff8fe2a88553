"""Session 63, the seller side of claim parties: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on
from tradetrace.extract import extract_claims
from tradetrace.model import Document

_claims = extracted_on(date(2024, 6, 1))


def _sides(found: dict, surface: str) -> tuple[str | None, str | None]:
    return found[surface].exporter, found[surface].importer


# --- an aside naming the country as a buyer of a possessive owner ------------------------------

def test_an_aside_naming_the_owners_market_makes_the_owner_the_seller() -> None:
    found = _claims("Germany, Norway's biggest cod market, bought 52,310 tons in January-May, "
                    "6% more than a year before.")
    assert _sides(found, "52,310 tons") == ("NOR", "DEU")
    assert _sides(found, "6%") == ("NOR", "DEU")


def test_the_next_rows_after_the_aside_keep_its_seller() -> None:
    found = _claims("Germany, Norway's biggest cod market, bought 52,310 tons in January-May. "
                    "Spain followed with 20,433 tons.")
    assert _sides(found, "20,433 tons") == ("NOR", "ESP")


def test_an_aside_owned_by_a_region_gives_no_seller() -> None:
    # near miss: `Asia's largest beef buyer` names a region, no country
    found = _claims("Japan, Asia's largest beef buyer, bought 52,310 tons in January-May.")
    assert _sides(found, "52,310 tons") == (None, "JPN")


def test_a_suppliers_aside_does_not_make_its_owner_the_buyer() -> None:
    # near miss: a supplier's aside (`Brazil's main wheat supplier`) tells its own sales to all
    found = _claims("Argentina, Brazil's main wheat supplier, should export 13.1 million tonnes "
                    "of wheat in the 2024/25 season.")
    assert _sides(found, "13.1 million tonnes") == ("ARG", None)


# --- the holder of a demand that moves an export is no seller ----------------------------------

def test_a_demand_that_pushed_a_countrys_exports_is_not_their_seller() -> None:
    found = _claims("Chinese demand for dairy products pushed Uruguay's goods exports up 11 "
                    "percent in May, to $900 million.")
    assert _sides(found, "11 percent") == ("URY", None)
    assert _sides(found, "$900 million") == ("URY", None)


def test_demand_from_a_country_that_helped_exports_is_not_their_seller() -> None:
    found = _claims("Lint exports rose 14 percent in May to 61,000 tonnes, helped by firm demand "
                    "from Vietnam.")
    assert found["14 percent"].exporter is None
    assert found["61,000 tonnes"].exporter is None


def test_a_buyer_named_by_to_stays_beside_its_demand() -> None:
    # near miss: the demand's holder still buys when the sale names it as the destination
    found = _claims("Peru's fishmeal exports to China rose 8% in May to 121,000 tonnes as "
                    "Chinese demand recovered.")
    assert _sides(found, "8%") == ("PER", "CHN")


# --- a headline figure the lead restates with its seller ---------------------------------------

def test_a_headline_figure_the_lead_restates_takes_the_leads_seller() -> None:
    text = ("Over 12,000 tonnes of sugar go to Kenya in May\nUganda sent more than 12,000 "
            "tonnes of sugar to Kenya by road in May.")
    claims = extract_claims(Document.from_text(text, published=date(2024, 6, 1)))
    assert [(c.exporter, c.importer) for c in claims] == [("UGA", "KEN"), ("UGA", "KEN")]


def test_a_restated_headline_figure_is_no_buyers_total_for_later_figures() -> None:
    found = _claims("Over 12,000 tonnes of sugar go to Kenya by road in May\nUganda sent more "
                    "than 12,000 tonnes of sugar to Kenya by road in May, some 1,500 tonnes "
                    "above April's volume. In the last week alone, over 4,000 tonnes went out: "
                    "about 3,100 tonnes through Busia and 900 tonnes through Malaba.")
    assert _sides(found, "4,000 tonnes") == ("UGA", "KEN")
    assert _sides(found, "3,100 tonnes") == ("UGA", "KEN")


def test_a_headline_figure_the_lead_does_not_restate_keeps_its_own_reading() -> None:
    # near miss: a headline figure of another size is not the lead's sale
    text = ("Over 12,000 tonnes of sugar go to Kenya in May\nUganda sent 9,000 tonnes of "
            "sugar to Kenya by road in May.")
    found = _claims(text)
    assert _sides(found, "9,000 tonnes") == ("UGA", "KEN")
    assert found["12,000 tonnes"].exporter is None


def test_a_headline_naming_a_region_keeps_no_seller() -> None:
    # near miss: a region in the headline (`Central Asia`) sells as several countries together
    text = ("Central Asia sends 9,000 tonnes of sugar to Kenya\nUzbekistan sent 9,000 tonnes "
            "of sugar to Kenya in May.")
    claims = extract_claims(Document.from_text(text, published=date(2024, 6, 1)))
    assert [(c.exporter, c.importer) for c in claims] == [(None, "KEN"), ("UZB", "KEN")]
