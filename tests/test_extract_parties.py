"""Claim fields from invented sentences: parties, commodity, kind and direction.

Regression tests named after what went wrong; quantities are written out by hand (what the
quantity layer would hand over), so only the claim logic is exercised.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import claims_from, only_claim, parties, quantity_at
from tradetrace.extract import build_claims
from tradetrace.extract.parties import find_countries, main_country
from tradetrace.model import Claim, Document, Quantity

MAY_2022 = date(2022, 5, 10)
MARCH_2023 = date(2023, 3, 1)
JUNE_2023 = date(2023, 6, 12)
FEB_2024 = date(2024, 2, 8)
MAY_2024 = date(2024, 5, 20)
JUNE_2024 = date(2024, 6, 20)
MARCH_2025 = date(2025, 3, 12)
MAY_2025 = date(2025, 5, 20)
JULY_2025 = date(2025, 7, 28)


q = quantity_at

def claims(text: str, *quantities: tuple[str, float, str] | Quantity,
           published: date | None = MAY_2022, outlet: str | None = None) -> list[Claim]:
    return claims_from(text, quantities, published, outlet=outlet)


def by_surface(text: str, *quantities: tuple[str, float, str] | Quantity,
               **kw: object) -> dict[str, Claim]:
    return {c.surface: c for c in claims(text, *quantities, **kw)}  # type: ignore[arg-type]


def flow(claim: Claim) -> tuple[str | None, str | None]:
    return claim.exporter, claim.importer


# --- kind and direction ------------------------------------------------------------------------

def test_made_up_is_not_a_rise() -> None:
    text = "Chile's exports to Japan reached $90 million, of which copper made up $40 million."
    found = by_surface(text, ("$90 million", 9e7, "USD"),
                       q(text, "$40 million", 4e7, "USD", change="up"))
    assert (found["$40 million"].kind, found["$40 million"].direction) == ("level", None)


def test_a_share_that_rose_to_a_percent_is_a_share() -> None:
    text = "Brazil's share of Chile's imports climbed to 45 percent in 2021."
    claim = by_surface(text, ("45 percent", 45, "percent"))["45 percent"]
    assert (claim.kind, claim.direction) == ("share", None)


@pytest.mark.parametrize("verb", ["sank", "slipped", "plummeted", "collapsed"])
def test_more_falling_verbs(verb: str) -> None:
    text = f"Chile's copper exports to Japan {verb} 12 percent last year."
    claim = by_surface(text, ("12 percent", 12, "percent"))["12 percent"]
    assert (claim.kind, claim.direction) == ("change", "down")


# --- claims that lean on a claim before them ---------------------------------------------------

def test_appended_change_is_about_the_flow_just_before_it() -> None:
    text = ("Peru's rice exports reached $80 million, while steel imports from Chile came to "
            "$50 million, down 10 percent.")
    found = by_surface(text, ("$80 million", 8e7, "USD"), ("$50 million", 5e7, "USD"),
                       ("10 percent", 10, "percent"))
    change = found["10 percent"]
    assert (change.kind, change.direction, change.commodity) == ("change", "down", "iron_steel")
    assert flow(change) == ("CHL", "PER")


def test_worth_values_the_goods_named_before() -> None:
    text = "Chile's trade grew in 2021, with wheat, the top import, worth about $900 million."
    claim = by_surface(text, ("$900 million", 9e8, "USD"))["$900 million"]
    assert claim.commodity == "wheat"


def test_a_partners_share_is_of_the_total() -> None:
    text = "Wine sales held up, and Chile's share of Japan's trade climbed to 3 percent."
    claim = by_surface(text, ("3 percent", 3, "percent"))["3 percent"]
    assert (claim.kind, claim.commodity) == ("share", "trade")


def test_bare_imports_after_a_commodity_are_that_commodity() -> None:
    text = ("Japan bought 2 million tons of Australian coal in March, and its April imports "
            "reached 2.5 million tons.")
    found = by_surface(text, ("2 million tons", 2e6, "t"), ("2.5 million tons", 2.5e6, "t"))
    assert found["2.5 million tons"].commodity == "coal"


# --- the paragraph's flow goes on ---------------------------------------------------------------

def test_sentence_without_countries_goes_on_with_the_paragraphs_flow() -> None:
    text = ("Brazil sold 40,000 tons of sugar to Egypt in May. The next month it shipped "
            "another 12,000 tons.")
    later = by_surface(text, ("40,000 tons", 4e4, "t"), ("12,000 tons", 1.2e4, "t"))["12,000 tons"]
    assert (later.commodity, flow(later)) == ("sugar", ("BRA", "EGY"))


def test_a_sum_of_flows_keeps_only_the_side_they_share() -> None:
    text = ("Brazil sold 40,000 tons of sugar to Egypt in May, while India delivered 25,000 "
            "tons of sugar to Egypt. Together that comes to 65,000 tons.")
    found = by_surface(text, ("40,000 tons", 4e4, "t"), ("25,000 tons", 2.5e4, "t"),
                       ("65,000 tons", 6.5e4, "t"))
    assert flow(found["25,000 tons"]) == ("IND", "EGY")
    assert (found["65,000 tons"].commodity, flow(found["65,000 tons"])) == (
        "sugar", (None, "EGY"))


def test_a_one_sided_flow_is_completed_from_the_paragraph() -> None:
    text = "Brazil sold 40,000 tons of sugar to Egypt in May. In June India shipped 9,000 tons."
    later = by_surface(text, ("40,000 tons", 4e4, "t"), ("9,000 tons", 9e3, "t"))["9,000 tons"]
    assert (later.commodity, flow(later)) == ("sugar", ("IND", "EGY"))


# --- totals and their parts ---------------------------------------------------------------------

def test_a_destination_in_a_later_breakdown_is_not_the_totals() -> None:
    text = ("Peru's sugar exports reached 90,000 tons in 2021, with about 40,000 tons going to "
            "Chile.")
    found = by_surface(text, ("90,000 tons", 9e4, "t"), ("40,000 tons", 4e4, "t"))
    assert flow(found["90,000 tons"]) == ("PER", None)
    assert flow(found["40,000 tons"]) == ("PER", "CHL")


def test_a_total_the_flow_is_part_of_keeps_no_destination() -> None:
    text = ("Brazil sold 40,000 tons of sugar to Egypt in May, part of some 300,000 tons "
            "exported that month.")
    found = by_surface(text, ("40,000 tons", 4e4, "t"), ("300,000 tons", 3e5, "t"))
    assert flow(found["300,000 tons"]) == ("BRA", None)


def test_and_country_before_a_quantity_is_the_subject_left_out() -> None:
    text = "Brazil shipped 40,000 tons of sugar to Egypt in May and India 25,000 tons."
    found = by_surface(text, ("40,000 tons", 4e4, "t"), ("25,000 tons", 2.5e4, "t"))
    assert flow(found["25,000 tons"]) == ("IND", "EGY")


def test_two_way_trade_without_a_country_is_the_last_pair_named() -> None:
    text = ("Chile's exports to Peru rose 5 percent in 2021. Bilateral trade reached "
            "$3 billion.")
    found = by_surface(text, ("5 percent", 5, "percent"), ("$3 billion", 3e9, "USD"))
    claim = found["$3 billion"]
    assert claim.two_way and {claim.exporter, claim.importer} == {"CHL", "PER"}


# --- who is the subject -------------------------------------------------------------------------

def test_a_country_that_reports_is_not_the_subject() -> None:
    text = "Japan believes that Iran sold 2 million barrels of crude oil to Syria in March."
    claim = by_surface(text, ("2 million barrels", 2e6, "bbl"))["2 million barrels"]
    assert flow(claim) == ("IRN", "SYR")


def test_a_demonym_before_a_volume_noun_is_the_origin() -> None:
    text = "Saudi volumes to India fell 4 percent in March as shipments slowed."
    claim = by_surface(text, ("4 percent", 4, "percent"))["4 percent"]
    assert flow(claim) == ("SAU", "IND")


def test_a_region_is_its_country_even_after_by_the_region_of() -> None:
    text = "Some 9,000 tons of coal were exported by the eastern region of Kuzbass to Vietnam."
    claim = by_surface(text, ("9,000 tons", 9e3, "t"))["9,000 tons"]
    assert flow(claim) == ("RUS", "VNM")


# --- shares, owners and caps --------------------------------------------------------------------

def test_a_share_of_a_total_with_a_decimal_in_it() -> None:
    text = "India took 60% of Iraq's 3.3 million bpd of crude exports in 2021."
    found = by_surface(text, ("60%", 60, "percent"), ("3.3 million bpd", 3.3e6, "bbl/d"))
    assert (found["60%"].kind, flow(found["60%"])) == ("share", ("IRQ", "IND"))


def test_a_possessive_right_before_the_quantity_owns_it() -> None:
    text = "India took 60% of Iraq's 3.3 million bpd of crude exports in 2021."
    found = by_surface(text, ("60%", 60, "percent"), ("3.3 million bpd", 3.3e6, "bbl/d"))
    assert flow(found["3.3 million bpd"]) == ("IRQ", None)


def test_a_share_of_total_imports_follows_the_flow_before_it() -> None:
    text = ("Brazil shipped 9 million tons of sugar to Egypt in 2021, a 10 percent rise that "
            "gave it roughly 40 percent of total sugar imports.")
    found = by_surface(text, ("9 million tons", 9e6, "t"), ("10 percent", 10, "percent"),
                       ("40 percent", 40, "percent"))
    assert flow(found["10 percent"]) == ("BRA", "EGY")
    assert (found["40 percent"].kind, flow(found["40 percent"])) == ("share", ("BRA", "EGY"))


def test_a_cap_on_the_sanctioned_countrys_exports() -> None:
    text = ("Under Resolution 2371, North Korea's annual iron ore exports may not exceed "
            "$50 million.")
    claim = by_surface(text, ("$50 million", 5e7, "USD"))["$50 million"]
    assert (claim.kind, claim.commodity, flow(claim)) == ("cap", "iron_ore", ("PRK", None))


def test_a_cap_word_closing_the_quantitys_noun_phrase() -> None:
    text = ("Russia sent 20,000 barrels of diesel to North Korea in May. Deliveries so far "
            "reached 60,000 barrels, 12 percent of the 500,000-barrel annual cap.")
    found = by_surface(text, ("20,000 barrels", 2e4, "bbl"), ("60,000 barrels", 6e4, "bbl"),
                       ("12 percent", 12, "percent"), ("500,000-barrel", 5e5, "bbl"))
    cap = found["500,000-barrel"]
    assert (cap.kind, cap.importer, cap.exporter) == ("cap", "PRK", None)


def test_countries_supplying_together_leave_the_exporter_empty() -> None:
    text = "India and Brazil together shipped 70,000 tons of sugar to Egypt in May."
    claim = by_surface(text, ("70,000 tons", 7e4, "t"))["70,000 tons"]
    assert flow(claim) == (None, "EGY")


# --- commodity words ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Egypt's refined product imports reached 300,000 tons in May.", "refined_petroleum"),
        ("Some 300,000 tons of cargo moved from Chile to Peru by rail in May.", "trade"),
    ],
)
def test_commodity_words(text: str, key: str) -> None:
    assert by_surface(text, ("300,000 tons", 3e5, "t"))["300,000 tons"].commodity == key


# --- what is not a distraction ------------------------------------------------------------------

def test_a_share_of_exports_next_to_a_share_of_gdp_is_a_claim() -> None:
    text = ("Peru exported 2 million tons of wheat in 2021, earning $600 million, 3 percent of "
            "GDP and 8 percent of the country's total exports.")
    found = by_surface(text, ("2 million tons", 2e6, "t"), ("$600 million", 6e8, "USD"),
                       ("3 percent", 3, "percent"), ("8 percent", 8, "percent"))
    assert "3 percent" not in found
    assert (found["8 percent"].kind, flow(found["8 percent"])) == ("share", ("PER", None))


def test_a_distractor_far_after_the_quantity_does_not_count() -> None:
    text = ("Trade between Chile and Peru, long sluggish, reached $3 billion in 2021 despite the "
            "50th anniversary.")
    assert "$3 billion" in by_surface(text, ("$3 billion", 3e9, "USD"))


def test_goods_without_a_taxonomy_key_leave_the_commodity_empty() -> None:
    text = "Chile's wheat imports grew 4 percent, while ethanol shipments climbed 9 percent."
    found = by_surface(text, ("4 percent", 4, "percent"), ("9 percent", 9, "percent"))
    assert (found["4 percent"].commodity, found["9 percent"].commodity) == ("wheat", None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Chile's imports from Peru came to $90 million, of which wheat made up $30 million, "
         "or 33 percent.", "33 percent"),
        ("Peru's sugar exports reached 90,000 tons in 2021, with about 40% headed to Chile.",
         "40%"),
    ],
)
def test_a_percent_restating_a_part_is_a_share(text: str, surface: str) -> None:
    value = float(surface.rstrip("%").split()[0])
    found = claims(text, *[(s, v, u) for s, v, u in (
        ("$90 million", 9e7, "USD"), ("$30 million", 3e7, "USD"), ("90,000 tons", 9e4, "t"),
        (surface, value, "percent")) if s in text])
    share = {c.surface: c for c in found}[surface]
    assert (share.kind, share.direction) == ("share", None)


def test_counted_goods_bought_are_a_claim_and_counted_ships_are_not() -> None:
    text = "Peru bought 2 million masks from Chile in May, carried on 40 ships."
    found = by_surface(text, ("2 million masks", 2e6, "mask"), ("40 ships", 40, "ship"))
    assert list(found) == ["2 million masks"]
    masks = found["2 million masks"]
    assert (masks.kind, masks.commodity, flow(masks)) == ("level", None, ("CHL", "PER"))


def test_a_state_company_acts_for_its_country_and_sells_to_a_possessive_buyer() -> None:
    text = "Rosneft sold India's state refiner 2 million barrels of crude in June."
    claim = by_surface(text, ("2 million barrels", 2e6, "bbl"))["2 million barrels"]
    assert flow(claim) == ("RUS", "IND")


def test_the_other_way_reverses_the_flow_before() -> None:
    text = ("Chile bought $40 million of wheat from Peru in 2021 and sold $5 million of sugar "
            "the other way.")
    found = by_surface(text, ("$40 million", 4e7, "USD"), ("$5 million", 5e6, "USD"))
    assert flow(found["$40 million"]) == ("PER", "CHL")
    assert flow(found["$5 million"]) == ("CHL", "PER")


# --- the article's country ----------------------------------------------------------------------

def test_a_single_country_outlet_names_the_articles_country() -> None:
    text = "The order calls for 4,000 tons of wheat to be imported from Russia in April."
    claim = by_surface(text, ("4,000 tons", 4e3, "t"), outlet="Daily NK")["4,000 tons"]
    assert flow(claim) == ("RUS", "PRK")


def test_a_total_whose_parts_go_elsewhere_takes_no_importer_from_the_article() -> None:
    text = ("Of the 9,000 tons of wheat exported by Russia in May, 1,000 tons went to North "
            "Korea.")
    found = by_surface(text, ("9,000 tons", 9e3, "t"), ("1,000 tons", 1e3, "t"),
                       outlet="Daily NK")
    assert flow(found["9,000 tons"]) == ("RUS", None)
    assert flow(found["1,000 tons"]) == ("RUS", "PRK")


def test_a_rival_listed_with_a_percent_after_a_share_has_a_share_too() -> None:
    text = ("Brazil supplied 30 percent of Egypt's sugar imports in 2021, ahead of India at "
            "25 percent.")
    found = by_surface(text, ("30 percent", 30, "percent"), ("25 percent", 25, "percent"))
    rival = found["25 percent"]
    assert (rival.kind, rival.commodity, flow(rival)) == ("share", "sugar", ("IND", "EGY"))


def test_a_count_the_trade_verb_does_not_govern_is_not_a_claim() -> None:
    text = "Peru exported wheat to Chile while its ministry counted 3,000 applications."
    assert by_surface(text, ("3,000 applications", 3e3, "application")) == {}


def test_a_multiple_of_a_cap_is_a_share_of_it_not_a_change() -> None:
    text = "Vietnam shipped 90,000 tonnes of rice to Laos in 2023, about triple the annual quota."
    found = by_surface(text, ("90,000 tonnes", 9e4, "t"),
                       q(text, "triple", 3.0, "x", change="up"))
    assert (found["triple"].kind, found["triple"].direction) == ("share", None)
    assert flow(found["triple"]) == ("VNM", "LAO")


def test_counted_goods_followed_by_their_trade_participle_are_a_claim() -> None:
    text = "Monitors said more than 3,000 crates of shells shipped to Laos went by road."
    found = by_surface(text, ("3,000 crates", 3000, "crate"))
    assert flow(found["3,000 crates"])[1] == "LAO"


# --- the article's country from its headline ----------------------------------------------------

def test_a_headline_names_whose_trade_the_article_is_about() -> None:
    # the owner of the trade in the headline, not the first country named, is the article's
    text = ("Laos's recorded foreign trade reached 11.2 billion dollars last year. "
            "Trade with Thailand came to 5.6 billion dollars, or 50.0 percent of the total.")
    doc = Document.from_text(text, published=date(2025, 3, 1),
                             title="Thailand still dominates Laos's recorded trade")
    total, level, share = build_claims(doc, [
        q(text, "11.2 billion dollars", 11.2e9, "USD"),
        q(text, "5.6 billion dollars", 5.6e9, "USD"),
        q(text, "50.0 percent", 50.0, "percent")])
    assert (total.exporter, total.importer, total.two_way) == ("LAO", None, True)
    assert level.two_way and {level.exporter, level.importer} == {"LAO", "THA"}
    assert (share.kind, share.exporter, share.importer, share.two_way) == (
        "share", "THA", "LAO", True)


def test_a_share_stated_a_year_earlier_goes_on_with_the_paragraphs_share() -> None:
    text = ("China accounted for 61 percent of Laos's trade in 2024. "
            "The share was 58 percent a year earlier.")
    doc = Document.from_text(text, published=date(2025, 3, 1))
    _, old = build_claims(doc, [q(text, "61 percent", 61.0, "percent"),
                                q(text, "58 percent", 58.0, "percent")])
    assert (old.kind, old.exporter, old.importer, old.two_way) == ("share", "CHN", "LAO", True)
    assert (old.period_start, old.period_end) == ("2023-01-01", "2023-12-31")


def test_a_reporting_country_in_the_headline_is_not_the_articles() -> None:
    # `US says ...`: the flow's missing side comes from the countries the headline is about
    text = "Hanoi stopped reporting its rice deliveries after May, when it declared 9,000 tonnes."
    doc = Document.from_text(text, published=date(2024, 9, 1),
                             title="US says Vietnam broke the rice quota for Laos")
    (claim,) = build_claims(doc, [q(text, "9,000 tonnes", 9000, "t")])
    assert (claim.exporter, claim.importer, claim.two_way) == ("VNM", "LAO", False)


def test_the_headlines_flow_gives_parties_to_claims_whose_body_names_no_flow() -> None:
    # the only flow named is the headline's: party-less and one-sided claims take it
    text = ("An institute counted 12 convoys in the spring. It estimated that they carried "
            "40,000 tonnes of rice. The customs total stood at 9,000 tonnes, or 22 percent.")
    doc = Document.from_text(text, published=date(2024, 9, 1),
                             title="Convoys put Thai rice to Laos above 40,000 tonnes")
    found = {c.surface: c for c in build_claims(doc, [
        q(text, "40,000 tonnes", 4e4, "t"), q(text, "9,000 tonnes", 9000, "t"),
        q(text, "22 percent", 22.0, "percent")])}
    assert {flow(c) for c in found.values()} == {("THA", "LAO")}


def test_a_body_flow_of_its_own_is_not_overridden_by_the_headline() -> None:
    text = "Vietnam shipped 3,000 tonnes of rice to Laos in 2023. Exports rose 9 percent."
    doc = Document.from_text(text, published=date(2024, 9, 1),
                             title="Thai rice to Laos keeps flowing")
    found = {c.surface: c for c in build_claims(doc, [q(text, "3,000 tonnes", 3000, "t"),
                                                      q(text, "9 percent", 9.0, "percent")])}
    assert flow(found["3,000 tonnes"]) == ("VNM", "LAO")


def test_a_country_declaring_an_amount_reports_what_it_supplied() -> None:
    # no trade word: `the N tonnes Hanoi declared` is Vietnam's own supply; the article's
    # oil counted in barrels and its cap go on in later paragraphs that name no goods
    text = ("Vietnam told the committee that it delivered 9,000 barrels of diesel to Laos in 2021."
            "\n\nThat is far below the 14,000 barrels Hanoi declared for 2019, the year a cap "
            "of 60,000 barrels of diesel took effect.\n\n"
            "The cap had been 90,000 barrels a year before.")
    doc = Document.from_text(text, published=date(2022, 3, 1))
    found = {c.surface: c for c in build_claims(doc, [
        q(text, "9,000 barrels", 9000, "bbl"), q(text, "14,000 barrels", 14000, "bbl"),
        q(text, "60,000 barrels", 6e4, "bbl"), q(text, "90,000 barrels", 9e4, "bbl")])}
    declared = found["14,000 barrels"]
    assert (flow(declared), declared.commodity) == (("VNM", "LAO"), "diesel")
    old_cap = found["90,000 barrels"]
    assert (old_cap.kind, old_cap.commodity) == ("cap", "diesel")


def test_the_two_countries_after_two_suppliers_are_a_joint_supply_not_a_pair() -> None:
    # `the two countries` are the suppliers named before, not a trading pair; a later sentence
    # naming one of them (in a noun phrase `Thailand's monthly reports`, not a source) is its part
    text = ("Thailand notified the committee of 2,000 tonnes of diesel supplied to Laos in 2022, "
            "while Vietnam reported 3,000 tonnes for the same year.\n\n"
            "Together the two countries declared about 5,000 tonnes, half of the cap. "
            "Thailand's monthly reports ranged between 90 and 400 tonnes.")
    doc = Document.from_text(text, published=date(2023, 2, 1))
    found = {c.surface: c for c in build_claims(doc, [
        q(text, "2,000 tonnes", 2000, "t"), q(text, "3,000 tonnes", 3000, "t"),
        q(text, "5,000 tonnes", 5000, "t"),
        q(text, "90 and 400 tonnes", 90, "t", value_max=400)])}
    total = found["5,000 tonnes"]
    assert (flow(total), total.two_way, total.commodity) == ((None, "LAO"), False, "diesel")
    part = found["90 and 400 tonnes"]
    assert (flow(part), part.commodity, part.attribution) == (("THA", "LAO"), "diesel", None)


def test_a_country_that_reports_its_own_amount_is_the_subject() -> None:
    # `reported` before the amount itself: the country's own flow, not a source of another's
    text = ("Thailand notified the committee of 2,000 tonnes of sugar supplied to Laos in 2022, "
            "while Vietnam reported 3,100 tonnes for the same year.")
    found = by_surface(text, ("2,000 tonnes", 2000, "t"), ("3,100 tonnes", 3100, "t"))
    assert flow(found["2,000 tonnes"]) == ("THA", "LAO")
    assert flow(found["3,100 tonnes"]) == ("VNM", "LAO")


def test_from_and_into_make_a_one_way_flow_on_a_line_between_two_places() -> None:
    text = ("The bridge between Thailand and Laos carried 90,000 tonnes of cargo from Thailand "
            "into Laos in 2022, according to a trade magazine.")
    claim = one_of(by_surface(text, ("90,000 tonnes", 9e4, "t")))
    assert (claim.exporter, claim.importer, claim.two_way) == ("THA", "LAO", False)


def test_a_dollar_sign_after_us_is_a_currency_not_a_country() -> None:
    text = "Customs of Laos: Thai rice purchases fell; Vientiane data: US$6.2 mln of rice."
    claim = one_of(by_surface(text, ("US$6.2 mln", 6.2e6, "USD")))
    assert "USA" not in (claim.exporter, claim.importer)


def test_a_sources_own_country_is_a_side_of_bilateral_trade() -> None:
    text = ("Laos's trade keeps growing. Hanoi's own officials put bilateral trade at about "
            "1.9 billion dollars for 2024.")
    doc = Document.from_text(text, published=date(2025, 3, 1))
    (claim,) = build_claims(doc, [q(text, "1.9 billion dollars", 1.9e9, "USD")])
    assert claim.two_way and {claim.exporter, claim.importer} == {"VNM", "LAO"}


def one_of(found: dict[str, Claim]) -> Claim:
    assert len(found) == 1, list(found)
    return next(iter(found.values()))


def test_a_conduit_named_before_carries_its_goods_and_flow() -> None:
    # `the pipeline flow`: the goods named at the pipeline earlier, the article's flow of them
    text = ("Kazakhstan sold 900,000 tonnes of crude oil to Kyrgyzstan in 2020, and the oil "
            "moves through the pipeline near Osh.\n"
            "Kyrgyzstan's total trade was 7 billion dollars in 2020. A survey put the pipeline "
            "flow at 300,000 tonnes a year.")
    found = by_surface(text, ("900,000 tonnes", 9e5, "t"), ("7 billion dollars", 7e9, "USD"),
                       ("300,000 tonnes", 3e5, "t"))
    claim = found["300,000 tonnes"]
    assert (claim.commodity, flow(claim), claim.two_way) == ("crude_oil", ("KAZ", "KGZ"), False)


@pytest.mark.parametrize(("text", "surface", "value", "unit", "exporter", "importer"), [
    ("China bought 2.1 million tonnes of Peruvian seafood in 2021.", "2.1 million tonnes",
     2.1e6, "t", "PER", "CHN"),
    ("Russia imported $1.2 billion of Uzbek textiles in 2021.", "$1.2 billion",
     1.2e9, "USD", "UZB", "RUS"),
    ("Gazprom Neft shipped 300,000 tonnes of diesel to Kyrgyzstan in 2021.", "300,000 tonnes",
     3e5, "t", "RUS", "KGZ"),
])
def test_nationality_words_and_state_companies_beyond_the_first_thirty_countries(
        text: str, surface: str, value: float, unit: str, exporter: str,
        importer: str) -> None:
    found = by_surface(text, (surface, value, unit))
    assert (found[surface].exporter, found[surface].importer) == (exporter, importer)


def test_a_country_name_before_goods_is_their_origin() -> None:
    text = "Over 1.1 million tonnes of Cambodia rice were sold abroad in 2022."
    found = by_surface(text, ("1.1 million tonnes", 1.1e6, "t"))
    assert found["1.1 million tonnes"].exporter == "KHM"


def test_a_country_name_after_a_selling_verb_before_goods_is_the_buyer() -> None:
    text = "State firms sold Cambodia rice worth $20 million in 2022."
    found = by_surface(text, ("$20 million", 2e7, "USD"))
    assert found["$20 million"].exporter != "KHM"


def test_goods_named_together_are_the_most_specific_key_true_of_both() -> None:
    text = "Kazakhstan exported 4 million tonnes of rice and foodstuffs to Uzbekistan in 2021."
    found = by_surface(text, ("4 million tonnes", 4e6, "t"))
    assert found["4 million tonnes"].commodity == "food"
    text = "Iraq shipped 3 million barrels of crude and refined products to Jordan in 2021."
    found = by_surface(text, ("3 million barrels", 3e6, "bbl"))
    assert found["3 million barrels"].commodity == "oil"


def test_goods_that_are_part_of_a_total_do_not_carry_over_to_later_imports() -> None:
    text = ("Nepal's trade reached $14 billion, with exports of $1 billion, about a third of "
            "them textiles, and imports of $13 billion.")
    found = by_surface(text, ("$14 billion", 1.4e10, "USD"), ("$1 billion", 1e9, "USD"),
                       ("$13 billion", 1.3e10, "USD"))
    assert found["$13 billion"].commodity == "trade"


def test_purchases_and_shipments_with_no_goods_named_are_all_goods() -> None:
    text = ("Minsk's purchases from Beijing reached $5.1bn in 2022, while its shipments the "
            "other way came to $1.3bn.")
    found = by_surface(text, ("$5.1bn", 5.1e9, "USD"), ("$1.3bn", 1.3e9, "USD"))
    assert found["$5.1bn"].commodity == "trade"
    assert found["$1.3bn"].commodity == "trade"


def test_a_partner_listed_after_an_aside_takes_its_side_of_the_flow() -> None:
    text = ("China took 420,000 bpd of Venezuelan oil, while Cuba received 56,000 bpd and the "
            "United States, under Chevron's license, 160,000 bpd.")
    found = by_surface(text, ("420,000 bpd", 420000, "bbl/d"), ("56,000 bpd", 56000, "bbl/d"),
                       ("160,000 bpd", 160000, "bbl/d"), published=date(2024, 7, 2))
    assert parties(found["160,000 bpd"]) == ("VEN", "USA", False)


@pytest.mark.parametrize("text, total, expected", [
    ("China reported supplying 14,520 tonnes of diesel to Laos last year, while Thailand declared "
     "33,910 tonnes, together 48,430 tonnes.", "48,430 tonnes", (None, "LAO", False)),
    ("Russia shipped 30,000 tonnes of wheat to Egypt and 20,000 tonnes to Turkey, a combined "
     "50,000 tonnes.", "50,000 tonnes", ("RUS", None, False)),
])
def test_the_sum_of_flows_from_two_suppliers_has_no_single_exporter(
        text: str, total: str, expected: tuple[str | None, str | None, bool]) -> None:
    figures = [s for s in ("14,520 tonnes", "33,910 tonnes", "30,000 tonnes", "20,000 tonnes",
                           total) if s in text]
    found = by_surface(text, *((s, float(s.split()[0].replace(",", "")), "t") for s in figures),
                       published=date(2024, 7, 2))
    assert parties(found[total]) == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("Trade between Laos and Thailand rose last year. Thailand's exports to its isolated ally "
     "rose to $894 million.", "$894 million", ("THA", "LAO", False)),
    ("Laos's trade shrank to $6.25 billion last year. The reclusive state's exports slid to "
     "$2.7 billion.", "$2.7 billion", ("LAO", None, False)),
    ("Laos's trade with Thailand fell last year. Imports from its biggest trading partner fell "
     "to $421.3 million.", "$421.3 million", ("THA", "LAO", False)),
    ("Laos's trade shrank in 2021 to $713 million. Trade with its southern neighbour Thailand "
     "came to $681.66 million.", "$681.66 million", ("LAO", "THA", True)),
])
def test_an_epithet_stands_for_a_country_named_elsewhere(
        text: str, surface: str, expected: tuple[str | None, str | None, bool]) -> None:
    figures = [f for f in ("$6.25 billion", "$713 million", surface) if f in text]
    found = by_surface(text, *((f, 1e6, "USD") for f in figures), published=date(2022, 7, 14))
    got = parties(found[surface])
    if expected[2]:  # two-way: the pair in either order
        assert (set(got[:2]), got[2]) == (set(expected[:2]), True)
    else:
        assert got == expected


def test_a_partner_ranked_second_is_the_articles_countrys_partner() -> None:
    text = ("Laos's trade shrank 18 percent last year to $6.25 billion. Thailand, its main "
            "benefactor, accounted for 91.3 percent of the total, or $5.71 billion, while Vietnam "
            "ranked a distant second with about $84 million.")
    found = by_surface(text, ("18 percent", 18, "percent"), ("$6.25 billion", 6.25e9, "USD"),
                       ("91.3 percent", 91.3, "percent"), ("$5.71 billion", 5.71e9, "USD"),
                       ("$84 million", 8.4e7, "USD"), published=date(2016, 6, 15))
    got = parties(found["$84 million"])
    assert (set(got[:2]), got[2]) == ({"LAO", "VNM"}, True)


@pytest.mark.parametrize("text, surface", [
    ("Laos's exports plunged 86.3 percent to $240 million, while its inbound shipments fell "
     "31.2 percent to $2.6 billion.", "$2.6 billion"),
    ("Laos's exports fell to $240 million, while its inbound cargoes came to $2.6 billion.",
     "$2.6 billion"),
])
def test_inbound_shipments_are_imports_of_all_goods(text: str, surface: str) -> None:
    figures = [f for f in ("86.3 percent", "$240 million", "31.2 percent", surface) if f in text]
    found = by_surface(text, *((f, 1.0, "percent" if "percent" in f else "USD")
                               for f in figures), published=date(2019, 7, 19))
    assert (found[surface].commodity, parties(found[surface])) == ("trade", (None, "LAO", False))


def test_a_buyers_part_of_the_total_follows_its_verb_and_the_flow_goes_on() -> None:
    text = ("Laos exported about 2.2 million tonnes of rice last year. Its largest buyer was "
            "Vietnam, which took roughly 25 percent of the total. Shipments are forecast to rise "
            "to 2.5 million tonnes this year.")
    found = by_surface(text, ("2.2 million tonnes", 2.2e6, "t"), ("25 percent", 25, "percent"),
                       ("2.5 million tonnes", 2.5e6, "t"), published=date(2024, 4, 22))
    assert parties(found["25 percent"]) == ("LAO", "VNM", False)
    assert parties(found["2.5 million tonnes"]) == ("LAO", None, False)


def test_a_suppliers_part_of_the_total_follows_its_verb() -> None:
    text = ("Laos imported about 900,000 tonnes of fuel last year. Thailand, which supplied "
            "roughly 60 percent of the total, remained its top source.")
    found = by_surface(text, ("900,000 tonnes", 9e5, "t"), ("60 percent", 60, "percent"),
                       published=date(2024, 4, 22))
    assert parties(found["60 percent"]) == ("THA", "LAO", False)


def test_a_description_opening_a_sentence_stands_for_the_country_before() -> None:
    text = ("Laos shipped about 2.8 million tonnes of potash to Vietnam by rail in 2024. The "
            "landlocked country's total potash exports are expected to reach 11 million tonnes "
            "this year.")
    found = by_surface(text, ("2.8 million tonnes", 2.8e6, "t"), ("11 million tonnes", 1.1e7, "t"),
                       published=date(2025, 3, 12))
    assert parties(found["11 million tonnes"]) == ("LAO", None, False)


def test_a_description_inside_a_sentence_is_no_country_mention() -> None:
    text = ("Iran shipped 55,000 barrels per day of crude to Syria, supplying about 80% of the "
            "war-torn country's crude imports.")
    found = by_surface(text, ("55,000 barrels per day", 55000, "bbl/d"), ("80%", 80, "percent"),
                       published=date(2023, 8, 10))
    assert parties(found["80%"]) == ("IRN", "SYR", False)


def test_the_island_and_a_supplier_row_after_an_aside() -> None:
    text = ("Russia agreed to supply Cuba with crude, Cuban officials said. Russian shipments to "
            "the island averaged 22,000 barrels per day in the fourth quarter, while Venezuela, "
            "Havana's main supplier, sent about 50,000 bpd.")
    found = by_surface(text, ("22,000 barrels per day", 22000, "bbl/d"),
                       ("50,000 bpd", 50000, "bbl/d"), published=date(2024, 3, 20))
    assert parties(found["22,000 barrels per day"]) == ("RUS", "CUB", False)
    assert parties(found["50,000 bpd"]) == ("VEN", "CUB", False)


@pytest.mark.parametrize("text, expected", [
    ("The network shipped 8 million barrels of Iranian crude to buyers in China since January.",
     ("IRN", "CHN", False)),
    ("Laos bought 100,000 tons of rice from suppliers in Thailand in the second quarter.",
     ("THA", "LAO", False)),
])
def test_traders_in_a_country_stand_for_it(text: str,
                                           expected: tuple[str | None, str | None, bool]) -> None:
    surface = "8 million barrels" if "barrels" in text else "100,000 tons"
    found = by_surface(text, (surface, 1e5, "bbl" if "barrels" in text else "t"),
                       published=date(2025, 3, 13))
    assert parties(found[surface]) == expected


@pytest.mark.parametrize("text, rows", [
    ("Laos's fuel imports from Thailand rose to 1.96 million barrels per day in May. Next came "
     "Vietnam with 1.2 mb/d, ahead of Cambodia on 610 kb/d, while China was fourth at 490 kb/d.",
     {"1.2 mb/d": ("VNM", "LAO"), "610 kb/d": ("KHM", "LAO"), "490 kb/d": ("CHN", "LAO")}),
    ("Laos's crude imports from Thailand slipped to 9.02 Mt in May. Vietnam was in second place "
     "with 6.4 Mt, trailed by Cambodia at 5.1 Mt.",
     {"6.4 Mt": ("VNM", "LAO"), "5.1 Mt": ("KHM", "LAO")}),
    ("Laos imported 1.9 million tonnes of fuel in 2024. Thailand led with 780kt, followed by "
     "Vietnam (520kt) and China (410kt).",
     {"780kt": ("THA", "LAO"), "520kt": ("VNM", "LAO"), "410kt": ("CHN", "LAO")}),
    ("Thailand's rice exports rose to 12.4 million tonnes in 2024, with China taking 4.9 million "
     "tonnes, Laos 2.6 million tonnes and Vietnam about 1 million tonnes.",
     {"4.9 million tonnes": ("THA", "CHN"), "2.6 million tonnes": ("THA", "LAO"),
      "1 million tonnes": ("THA", "VNM")}),
    ("Rice shipments from Thailand totalled 2.24 million tonnes last year. Laos was the top buyer "
     "at 520,000 tonnes; next came China, at 380,000 tonnes, and Vietnam, at 290,000 tonnes.",
     {"380,000 tonnes": ("THA", "CHN"), "290,000 tonnes": ("THA", "VNM")}),
])
def test_rows_of_a_list_written_as_prose(text: str,
                                         rows: dict[str, tuple[str, str]]) -> None:
    import re

    figures = [m.group() for m in re.finditer(
        r"\d[\d,.]*\s?(?:million barrels per day|million tonnes|mb/d|kb/d|Mt|kt|tonnes)", text)]
    found = by_surface(text, *((f, 1.0, "t") for f in figures), published=date(2025, 6, 12))
    assert {s: parties(found[s])[:2] for s in rows} == rows


@pytest.mark.parametrize("second", [
    "Shipments the other way amounted to 1,900 tonnes.",
    "Shipments the other way, mostly construction materials, amounted to 1,900 tonnes.",
])
def test_the_other_way_turns_the_paragraphs_flow_round(second: str) -> None:
    text = "Goods shipped from Thailand to Laos totalled 46,300 tonnes in January-June. " + second
    found = by_surface(text, ("46,300 tonnes", 46300, "t"), ("1,900 tonnes", 1900, "t"),
                       published=date(2025, 7, 22))
    assert parties(found["1,900 tonnes"]) == ("LAO", "THA", False)


def test_the_countries_of_the_parts_after_of_which_are_not_the_totals() -> None:
    text = ("Thai diesel deliveries totalled 9.6 Mt last year, of which Laos received 5.1 Mt and "
            "Cambodia 4.5 Mt.")
    found = by_surface(text, ("9.6 Mt", 9.6e6, "t"), ("5.1 Mt", 5.1e6, "t"), ("4.5 Mt", 4.5e6, "t"),
                       published=date(2025, 1, 15))
    assert [parties(found[s]) for s in ("9.6 Mt", "5.1 Mt", "4.5 Mt")] == [
        ("THA", None, False), ("THA", "LAO", False), ("THA", "KHM", False)]


@pytest.mark.parametrize("text, expected", [
    ("Thailand has courted Laos. Vientiane received 9,000 tonnes of fuel from its ally in May.",
     ("THA", "LAO", False)),
    ("Thailand is Laos's biggest trading partner. Bangkok shipped 20,000 tonnes of rice to its "
     "ally in May.", ("THA", "LAO", False)),
])
def test_a_thousands_comma_is_no_clause_break_for_an_epithet(
        text: str, expected: tuple[str | None, str | None, bool]) -> None:
    surface = "9,000 tonnes" if "9,000" in text else "20,000 tonnes"
    found = by_surface(text, (surface, 1.0, "t"), published=date(2024, 7, 1))
    assert parties(found[surface]) == expected


def test_trade_flows_between_two_countries_are_two_way() -> None:
    text = "Trade flows between Laos and Thailand reached $240 million in 2023."
    found = by_surface(text, ("$240 million", 2.4e8, "USD"), published=date(2024, 7, 1))
    got = parties(found["$240 million"])
    assert (set(got[:2]), got[2]) == ({"LAO", "THA"}, True)


def test_the_leads_origin_is_the_articles_country_not_a_listed_buyer() -> None:
    text = ("Rice shipments from Laos totalled 2.24 million tonnes in 2023, according to the rice "
            "federation. Vietnam was the top buyer at 520,000 tonnes.")
    found = by_surface(text, ("2.24 million tonnes", 2.24e6, "t"), ("520,000 tonnes", 5.2e5, "t"),
                       published=date(2024, 4, 22))
    assert parties(found["2.24 million tonnes"]) == ("LAO", None, False)


def test_a_party_that_took_goods_is_their_importer() -> None:
    text = "Thai refiners took an estimated 1.74 million bpd of Lao crude in March."
    found = by_surface(text, ("1.74 million bpd", 1.74e6, "bbl/d"), published=date(2024, 4, 9))
    assert parties(found["1.74 million bpd"]) == ("LAO", "THA", False)


def test_an_owned_figure_heads_its_own_flow_noun_whatever_verb_is_near() -> None:
    text = "China took 77% of Laos's 1.6 million bpd of oil exports last year."
    found = by_surface(text, ("77%", 77, "percent"), ("1.6 million bpd", 1.6e6, "bbl/d"),
                       published=date(2024, 4, 9))
    assert parties(found["1.6 million bpd"]) == ("LAO", None, False)


@pytest.mark.parametrize("idiom", ["took power", "took office", "took effect"])
def test_took_in_an_idiom_is_no_import(idiom: str) -> None:
    text = (f"Thailand, whose new cabinet {idiom} in 2023, exported 3 million tonnes of rice to "
            "Laos.")
    found = by_surface(text, ("3 million tonnes", 3e6, "t"), published=date(2024, 4, 9))
    assert parties(found["3 million tonnes"]) == ("THA", "LAO", False)


# --- names that stand for countries: prefixes, demonyms, traders, companies ----------------------

def test_sino_prefix_pairs_china_with_the_other_country() -> None:
    text = "Sino-Vietnamese trade climbed 8 percent to $171 billion last year."
    found = by_surface(text, q(text, "8 percent", 8, "percent", change="up"),
                       ("$171 billion", 1.71e11, "USD"), published=JUNE_2023)
    assert parties(found["$171 billion"]) == ("CHN", "VNM", True)
    assert parties(found["8 percent"]) == ("CHN", "VNM", True)


@pytest.mark.parametrize(("adjective", "pair"), [
    ("inter-Korean", {"KOR", "PRK"}),
    ("Russo-Chinese", {"RUS", "CHN"}),
    ("Russo-Indian", {"RUS", "IND"}),
])
def test_one_word_naming_both_sides_of_a_pair(adjective: str, pair: set[str]) -> None:
    text = f"{adjective[0].upper()}{adjective[1:]} trade rose to $2.3 billion last year."
    claim = by_surface(text, ("$2.3 billion", 2.3e9, "USD"), published=MAY_2024)["$2.3 billion"]
    assert {claim.exporter, claim.importer} == pair and claim.two_way


def test_bound_suffix_marks_the_destination() -> None:
    text = "Indian-bound coal from Chile rose to 300,000 tonnes in 2022."
    claim = by_surface(text, ("300,000 tonnes", 3e5, "t"), published=JUNE_2023)["300,000 tonnes"]
    assert parties(claim) == ("CHL", "IND", False)


def test_demonym_after_to_is_a_destination() -> None:
    text = "Peru's sales to Japanese buyers came to $3.2 billion in 2022."
    claim = by_surface(text, ("$3.2 billion", 3.2e9, "USD"), published=JUNE_2023)["$3.2 billion"]
    assert parties(claim) == ("PER", "JPN", False)


def test_a_demonym_before_goods_bought_is_their_origin() -> None:
    text = "Japan bought $310 million of Turkish goods in 2022."
    found = by_surface(text, ("$310 million", 3.1e8, "USD"), published=MARCH_2023)
    assert parties(found["$310 million"]) == ("TUR", "JPN", False)


def test_a_demonym_before_goods_in_general_is_their_origin() -> None:
    text = ("Thai customs put trade with Vietnam at $9 billion in 2023; Thai supplies came to "
            "about $6 billion, while Vietnamese goods brought in fell 3% to $3 billion.")
    claims = by_surface(text, ("$9 billion", 9e9, "USD"), ("$6 billion", 6e9, "USD"),
                        ("3%", 3, "percent"), ("$3 billion", 3e9, "USD"), published=MAY_2024)
    assert parties(claims["$6 billion"]) == ("THA", "VNM", False)
    assert parties(claims["$3 billion"]) == ("VNM", "THA", False)


def test_demonym_after_flow_noun_and_of_is_origin_of_unkeyed_goods() -> None:
    claim = only_claim("Vietnam's imports of Indian sorghum reached 300,000 tonnes in 2024.",
                       "300,000 tonnes", 300_000, "t", MARCH_2025)
    assert parties(claim) == ("IND", "VNM", False)


@pytest.mark.parametrize(("text", "expected"), [
    ("About 400,000 tonnes of Australian barley were bought by Chinese importers in May.",
     ("AUS", "CHN", False)),
    ("Kazakhstan shipped 2 million tonnes of wheat abroad, with Russian mills taking 400,000 "
     "tonnes.", ("KAZ", "RUS", False)),
    ("Brazilian exporters sold 400,000 tonnes of sugar to Egypt in May.", ("BRA", "EGY", False)),
])
def test_a_demonym_before_a_noun_for_traders_stands_for_its_country(
        text: str, expected: tuple[str, str, bool]) -> None:
    assert parties(only_claim(text, "400,000 tonnes", 400_000, "t", JUNE_2024)) == expected


def test_a_company_named_with_a_demonym_and_goods_is_the_company() -> None:
    text = "Indian Potash Ltd has agreed to buy 1 million tonnes of Belarusian potash this year."
    claim = by_surface(text, ("1 million tonnes", 1e6, "t"),
                       published=JULY_2025)["1 million tonnes"]
    assert parties(claim) == ("BLR", "IND", False)


def test_a_flag_is_no_party_and_a_vessel_of_a_country_receives() -> None:
    text = ("The Thai-flagged tanker Patriot transferred an estimated 1,500 metric tons of diesel "
            "to a Lao vessel in January.")
    claim = by_surface(text, ("1,500 metric tons", 1_500, "t"),
                       published=MAY_2025)["1,500 metric tons"]
    assert parties(claim) == (None, "LAO", False)


def test_south_and_north_korea_name_a_pair_and_a_fund_is_no_flow() -> None:
    text = ("Trade between South and North Korea fell 87.7 percent on-year to $332.6 million last "
            "year. The ministry's cooperation fund for this year was set at 1.05 trillion won.")
    claims = by_surface(text, ("87.7 percent", 87.7, "percent"),
                        ("$332.6 million", 3.326e8, "USD"),
                        ("1.05 trillion won", 1.05e12, "KRW"), published=MAY_2025)
    assert {claims["$332.6 million"].exporter, claims["$332.6 million"].importer} == {"KOR", "PRK"}
    assert "1.05 trillion won" not in claims


# --- verbs and the direction of the flow --------------------------------------------------------

def test_ended_up_in_is_a_destination() -> None:
    text = "About 2 million tonnes of Russian wheat ended up in Egypt in 2022, Turkey said."
    claim = by_surface(text, q(text, "2 million tonnes", 2e6, "t", bound="~"),
                       published=JUNE_2023)["2 million tonnes"]
    assert parties(claim) == ("RUS", "EGY", False)


def test_sold_abroad_by_is_a_passive_export() -> None:
    text = "Wheat worth $4 billion was sold abroad by Chile in 2022."
    claim = by_surface(text, ("$4 billion", 4e9, "USD"), published=JUNE_2023)["$4 billion"]
    assert claim.exporter == "CHL"


def test_a_passive_supplier_after_its_destination() -> None:
    text = "Crude was supplied to Vientiane by Bangkok at a rate of about 20,000 b/d."
    claim = by_surface(text, ("20,000 b/d", 20_000, "bbl/d"), published=MAY_2024)["20,000 b/d"]
    assert parties(claim) == ("THA", "LAO", False)


def test_with_no_trade_word_a_subject_moving_goods_to_a_destination_sends_them() -> None:
    text = "In 2022 Petronas railed 2 million tonnes of crude to China."
    found = by_surface(text, ("2 million tonnes", 2e6, "t"), published=MARCH_2023)
    assert parties(found["2 million tonnes"]) == ("MYS", "CHN", False)


def test_a_country_kept_supplied_with_goods_receives_them() -> None:
    claim = only_claim("Moscow kept Minsk supplied with about 400,000 barrels per day of crude "
                       "in 2023.", "400,000 barrels per day", 400_000, "bbl/d", JUNE_2024)
    assert parties(claim) == ("RUS", "BLR", False)


def test_bring_in_is_an_import() -> None:
    text = "Laos's trade ministry ordered firms to bring in 50,000 tons of Thai diesel in December."
    claim = by_surface(text, ("50,000 tons", 5e4, "t"), published=MAY_2024)["50,000 tons"]
    assert parties(claim) == ("THA", "LAO", False)


def test_money_a_good_is_bringing_in_is_earnings_not_an_import() -> None:
    text = ("Wigs made up more than half of Laos's exports last year, bringing in $167.66 million, "
            "according to KOTRA.")
    claim = by_surface(text, ("$167.66 million", 1.6766e8, "USD"),
                       published=MAY_2024)["$167.66 million"]
    assert claim.importer != "LAO"


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 1.1 million tonnes of Lao coal reached Thai ports between July and September.",
     ("LAO", "THA", False)),
    ("The tanker delivered up to 100,000 barrels of diesel to Laos. Treasury also sanctioned two "
     "Singapore-based firms.", (None, "LAO", False)),
])
def test_reaching_a_place_and_a_firms_base(text: str,
                                           expected: tuple[str | None, str, bool]) -> None:
    surface = "1.1 million tonnes" if "coal" in text else "100,000 barrels"
    value, unit = (1.1e6, "t") if "coal" in text else (1e5, "bbl")
    claim = by_surface(text, (surface, value, unit), published=MAY_2024)[surface]
    assert parties(claim) == expected


def test_country_before_which_is_subject_of_the_relative_clause() -> None:
    claim = only_claim("Egypt's main wheat supplier in 2024 was Romania, which shipped "
                       "2.5 million tonnes to Cairo.", "2.5 million tonnes", 2_500_000, "t",
                       MARCH_2025)
    assert parties(claim) == ("ROU", "EGY", False)


def test_a_relative_clause_without_a_trade_verb_is_about_the_flow() -> None:
    text = ("Vietnam's shipments of rice to Laos, which peaked at over 100,000 tonnes in 2012, "
            "slipped to 17,000 tonnes last year.")
    claims = by_surface(text, ("100,000 tonnes", 1e5, "t"), ("17,000 tonnes", 1.7e4, "t"),
                        published=JULY_2025)
    assert parties(claims["100,000 tonnes"]) == ("VNM", "LAO", False)
    assert parties(claims["17,000 tonnes"]) == ("VNM", "LAO", False)


def test_a_verb_of_the_other_direction_after_and_reverses_the_flow() -> None:
    text = ("In 2019 Hanoi sold $900 million of goods to Bangkok and bought $1.4 billion, "
            "out of total trade of $2.3 billion, up 8 percent.")
    found = by_surface(text, ("$900 million", 9e8, "USD"), ("$1.4 billion", 1.4e9, "USD"),
                       ("$2.3 billion", 2.3e9, "USD"),
                       q(text, "8 percent", 8.0, "percent", change="up"), published=MARCH_2023)
    assert parties(found["$900 million"]) == ("VNM", "THA", False)
    assert parties(found["$1.4 billion"]) == ("THA", "VNM", False)
    assert parties(found["$2.3 billion"]) == ("VNM", None, True)


def test_a_pronoun_buyer_of_the_other_direction_is_the_earlier_seller() -> None:
    text = ("Ankara bought $40 mn of Iraqi goods last year and sold it $95 mn worth, trade "
            "data show.")
    found = by_surface(text, ("$40 mn", 4e7, "USD"), ("$95 mn", 9.5e7, "USD"),
                       published=MARCH_2023)
    assert parties(found["$40 mn"]) == ("IRQ", "TUR", False)
    assert parties(found["$95 mn"]) == ("TUR", "IRQ", False)


def test_versus_joins_a_flow_to_its_counter_flow() -> None:
    text = ("Laos's imports from Thailand came to $491.1 million versus exports of just $48 "
            "million.")
    claims = by_surface(text, ("$491.1 million", 4.911e8, "USD"), ("$48 million", 4.8e7, "USD"),
                        published=MAY_2024)
    assert parties(claims["$491.1 million"]) == ("THA", "LAO", False)
    assert parties(claims["$48 million"]) == ("LAO", "THA", False)


# --- countries that report, set the scene or are passed through ----------------------------------

def test_a_country_s_customs_is_the_other_side_of_the_flows_it_reports() -> None:
    text = ("Kazakh customs put trade with Mongolia at $310 million in 2022, while Mongolian "
            "exports fell 12 percent to $45 million.")
    found = by_surface(text, ("$310 million", 3.1e8, "USD"), ("12 percent", 12.0, "percent"),
                       ("$45 million", 4.5e7, "USD"), published=MARCH_2023)
    assert {found["$310 million"].exporter, found["$310 million"].importer} == {"KAZ", "MNG"}
    assert found["$310 million"].two_way
    assert parties(found["$45 million"]) == ("MNG", "KAZ", False)


def test_a_total_of_trade_stays_its_owner_s_own_under_a_partner_s_customs() -> None:
    text = "Mongolia's total trade reached $21 billion in 2022, Chinese customs data show."
    found = by_surface(text, ("$21 billion", 2.1e10, "USD"), published=MARCH_2023)
    assert parties(found["$21 billion"]) == ("MNG", None, True)


@pytest.mark.parametrize("opening", ["Hanoi officials, however, believe",
                                     "Vietnam's officials believe", "Hanoi estimates"])
def test_a_country_whose_officials_believe_reports(opening: str) -> None:
    text = f"{opening} Thailand has shipped well over 1 million barrels of diesel to Laos."
    claim = by_surface(text, ("1 million barrels", 1e6, "bbl"),
                       published=MAY_2024)["1 million barrels"]
    assert parties(claim) == ("THA", "LAO", False)


def test_a_country_reporting_its_own_supply_is_its_subject() -> None:
    text = ("Thailand reported supplying 11,745 barrels of diesel to Laos in August. That brought "
            "its total for the year to 38,334 barrels.")
    claims = by_surface(text, ("11,745 barrels", 11_745, "bbl"), ("38,334 barrels", 38_334, "bbl"),
                        published=MAY_2024)
    assert parties(claims["11,745 barrels"]) == ("THA", "LAO", False)
    assert parties(claims["38,334 barrels"]) == ("THA", "LAO", False)


def test_a_country_in_a_scene_setting_opener_takes_no_part_in_the_flow() -> None:
    text = ("Shut out of Poland's ports, Belaruskali railed 900,000 tonnes of potash to Chinese "
            "buyers in 2023.")
    claim = only_claim(text, "900,000 tonnes", 900_000, "t", JUNE_2024)
    assert parties(claim) == ("BLR", "CHN", False)


def test_a_country_in_a_clause_of_reason_set_off_by_a_comma_is_that_clauses_own() -> None:
    text = ("Belarusian potash exports recovered to about 9.5 million tonnes last year, after "
            "Lithuania's closure of its port forced a reroute through Russia.")
    claim = by_surface(text, ("9.5 million tonnes", 9.5e6, "t"),
                       published=JULY_2025)["9.5 million tonnes"]
    assert claim.exporter == "BLR" and claim.importer != "LTU"


def test_a_deal_goods_move_under_is_an_agreement_not_trade() -> None:
    text = ("About 12 million tonnes of Kazakh wheat left Caspian ports under the new transit "
            "deal in 2022, about a third of it bound for Iran.")
    found = by_surface(text, ("12 million tonnes", 1.2e7, "t"), ("a third", 33.3, "percent"),
                       published=MARCH_2023)
    assert parties(found["12 million tonnes"]) == ("KAZ", None, False)
    assert parties(found["a third"]) == ("KAZ", "IRN", False)


def test_a_transit_country_off_whose_coast_cargoes_are_moved_is_not_a_party() -> None:
    text = ("Angolan crude is moved between tankers off Namibia; Angola's exports averaged "
            "1.1 million b/d in 2023, almost 60% of it bound for India.")
    found = by_surface(text, ("1.1 million b/d", 1.1e6, "bbl/d"), ("60%", 60.0, "percent"),
                       published=MARCH_2023)
    assert parties(found["1.1 million b/d"]) == ("AGO", None, False)
    assert parties(found["60%"]) == ("AGO", "IND", False)


def test_a_statement_before_a_semicolon_does_not_name_an_owned_totals_partner() -> None:
    text = ("Most Thai crude reaches Vietnamese refiners; Bangkok's exports averaged about 1.5 "
            "million b/d in 2023.")
    claim = by_surface(text, ("1.5 million b/d", 1.5e6, "bbl/d"),
                       published=MAY_2024)["1.5 million b/d"]
    assert parties(claim) == ("THA", None, False)


def test_an_appositive_does_not_cut_the_flow_from_its_verb() -> None:
    text = ("Japanese exports to Vietnam rose 4% to $20 billion in 2022, while Vietnamese "
            "shipments to Japan, mainly textiles, phones and seafood, climbed 9% to $24 billion.")
    found = by_surface(text, ("$20 billion", 2e10, "USD"), ("9%", 9.0, "percent"),
                       ("$24 billion", 2.4e10, "USD"), published=MARCH_2023)
    assert parties(found["$24 billion"]) == ("VNM", "JPN", False)
    assert parties(found["9%"]) == ("VNM", "JPN", False)


# --- a country's total, its exports and its imports ---------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value", "unit", "expected"), [
    ("Laos's foreign trade shrank 2.6 percent last year to $9.7 billion as imports from Thailand "
     "slipped.", "$9.7 billion", 9.7e9, "USD", ("LAO", None, True)),
    ("Laos's total exports rose 29 percent year-on-year to $1.1 billion over the period, after "
     "shipments to Thailand picked up.", "$1.1 billion", 1.1e9, "USD", ("LAO", None, False)),
    ("Vietnam's total crude imports also hit a record 56 million tons as refiners bought "
     "discounted Russian cargoes.", "56 million tons", 5.6e7, "t", (None, "VNM", False)),
    ("Laos's total exports to Thailand rose to $1.1 billion.", "$1.1 billion", 1.1e9, "USD",
     ("LAO", "THA", False)),
])
def test_a_countrys_total_is_its_own_whatever_partners_the_sentence_names(
        text: str, surface: str, value: float, unit: str,
        expected: tuple[str | None, str | None, bool]) -> None:
    claim = by_surface(text, (surface, value, unit), published=JULY_2025)[surface]
    assert parties(claim) == expected


def test_the_destination_of_most_of_the_goods_is_not_the_total_s() -> None:
    text = ("Colombian coal exports averaged 5 million tonnes a month last year, with most "
            "cargoes ending up in Turkey through traders.")
    found = by_surface(text, ("5 million tonnes", 5e6, "t"), published=MARCH_2023)
    assert parties(found["5 million tonnes"]) == ("COL", None, False)


def test_the_amount_set_right_after_an_owned_flow_is_that_countrys_own() -> None:
    text = ("The resolution also bans Laos's textile exports, worth $75 million last year, "
            "according to the agency. U.S. officials put Thai supplies at 4 million barrels.")
    claim = by_surface(text, ("$75 million", 7.5e7, "USD"), published=JULY_2025)["$75 million"]
    assert parties(claim) == ("LAO", None, False)


def test_the_agent_of_exports_owns_the_imports_that_follow() -> None:
    text = ("Exports by Belarus rose 3 percent to $40 billion in 2022, while imports fell 2 "
            "percent to $42 billion.")
    found = by_surface(text, ("$40 billion", 4e10, "USD"), ("$42 billion", 4.2e10, "USD"),
                       published=MARCH_2023)
    assert parties(found["$40 billion"]) == ("BLR", None, False)
    assert parties(found["$42 billion"]) == (None, "BLR", False)


def test_a_trade_word_after_and_its_heads_the_next_coordinate() -> None:
    text = ("Laos's exports last year rose 6% to $8.1 billion and its imports fell 2% to "
            "$7.2 billion, the statistics bureau said.")
    found = by_surface(text, ("$8.1 billion", 8.1e9, "USD"), ("$7.2 billion", 7.2e9, "USD"),
                       published=MARCH_2023)
    assert parties(found["$8.1 billion"]) == ("LAO", None, False)
    assert parties(found["$7.2 billion"]) == (None, "LAO", False)


def test_a_trade_word_right_after_and_heads_the_next_coordinate() -> None:
    text = ("Laos's total trade rose 3 percent to $9 billion, with exports climbing 8 percent "
            "to $4 billion and imports easing 1 percent to $5 billion.")
    claims = by_surface(text, ("3 percent", 3, "percent"), ("$9 billion", 9e9, "USD"),
                        ("8 percent", 8, "percent"), ("$4 billion", 4e9, "USD"),
                        ("1 percent", 1, "percent"), ("$5 billion", 5e9, "USD"),
                        published=JUNE_2024)
    assert (claims["$4 billion"].exporter, claims["$4 billion"].importer) == ("LAO", None)
    assert (claims["$5 billion"].exporter, claims["$5 billion"].importer) == (None, "LAO")


def test_a_later_flow_word_after_a_countrys_total_heads_its_own_figure() -> None:
    text = ("Laos's total trade fell 2.6 percent last year to $9.7 billion, with exports rising "
            "10.9 percent to $3.6 billion and imports slipping 4.4 percent to $6.1 billion.")
    claims = by_surface(text, ("2.6 percent", 2.6, "percent"), ("$9.7 billion", 9.7e9, "USD"),
                        ("10.9 percent", 10.9, "percent"), ("$3.6 billion", 3.6e9, "USD"),
                        ("4.4 percent", 4.4, "percent"), ("$6.1 billion", 6.1e9, "USD"),
                        published=JULY_2025)
    assert parties(claims["$9.7 billion"]) == ("LAO", None, True)
    assert parties(claims["$3.6 billion"]) == ("LAO", None, False)
    assert parties(claims["$6.1 billion"]) == (None, "LAO", False)


def test_imports_and_exports_after_a_countrys_total_are_its_own_directions() -> None:
    text = ("The agency put Laos's total trade in 2023 at $9.1 billion. Imports rose to "
            "$5.2 billion and exports to $3.9 billion.")
    claims = by_surface(text, ("$9.1 billion", 9.1e9, "USD"), ("$5.2 billion", 5.2e9, "USD"),
                        ("$3.9 billion", 3.9e9, "USD"), published=MAY_2024)
    assert parties(claims["$9.1 billion"]) == ("LAO", None, True)
    assert parties(claims["$5.2 billion"]) == (None, "LAO", False)
    assert parties(claims["$3.9 billion"]) == ("LAO", None, False)


def test_a_pair_named_in_a_later_clause_is_that_clauses_own() -> None:
    text = ("Bilateral trade reached $3 billion, while Laos's overall trade rose 5 percent to "
            "$9 billion, excluding $1 billion in Sino-Thai trade.")
    claims = by_surface(text, ("$3 billion", 3e9, "USD"), ("5 percent", 5, "percent"),
                        ("$9 billion", 9e9, "USD"), ("$1 billion", 1e9, "USD"),
                        published=MAY_2024)
    assert parties(claims["$9 billion"]) == ("LAO", None, True)
    assert parties(claims["$1 billion"]) in (("CHN", "THA", True), ("THA", "CHN", True))


# --- shares and caps ----------------------------------------------------------------------------

def test_share_named_before_the_number_is_of_the_second_owners_market() -> None:
    claim = only_claim("Colombia's share of Poland's coal market rose to 40 percent last year.",
                       "40 percent", 40, "percent", MARCH_2025)
    assert parties(claim) == ("COL", "POL", False)


def test_share_named_before_the_number_of_exports_flows_from_the_owner() -> None:
    claim = only_claim("Chile's share of Peru's exports stood at 6 percent in 2024.",
                       "6 percent", 6, "percent", MARCH_2025)
    assert parties(claim) == ("PER", "CHL", False)


def test_a_shares_partner_is_the_subject_not_the_country_named_last() -> None:
    text = ("Thailand was Laos's second-largest trading partner after China, though it accounted "
            "for less than 2 percent of Vientiane's overall trade.")
    claim = by_surface(text, ("2 percent", 2, "percent"), published=MAY_2024)["2 percent"]
    assert (claim.exporter, claim.importer) == ("THA", "LAO")


@pytest.mark.parametrize(("role", "expected"), [
    ("top supplier", ("IRQ", "IND", False)),
    ("biggest buyer", ("IND", "IRQ", False)),
    ("main trading partner", ("IRQ", "IND", True)),
])
def test_a_country_named_as_anothers_supplier_or_buyer_with_a_share(
        role: str, expected: tuple[str, str, bool]) -> None:
    text = f"The deals keep Iraq India's {role} with a 21 percent share, traders said."
    assert parties(only_claim(text, "21 percent", 21, "percent", JUNE_2024)) == expected


def test_a_supplier_s_amount_measured_against_the_cap_goes_to_its_target() -> None:
    text = ("Moscow's 40,000 barrels of refined fuel for 2022 took up only 8% of the cap set "
            "by Resolution 2397, a panel tally showed.")
    found = by_surface(text, ("40,000 barrels", 4e4, "bbl"), ("8%", 8.0, "percent"),
                       published=MARCH_2023)
    assert parties(found["40,000 barrels"]) == ("RUS", "PRK", False)
    assert found["8%"].kind == "share"
    assert parties(found["8%"]) == ("RUS", "PRK", False)


def test_a_cap_on_a_countrys_imports_targets_that_country() -> None:
    text = ("Washington sanctioned two shipping firms on Tuesday. The council limits Laos's "
            "imports of diesel to 500,000 barrels a year.")
    claim = by_surface(text, ("500,000 barrels a year", 5e5, "bbl/yr"),
                       published=MAY_2025)["500,000 barrels a year"]
    assert (claim.kind, claim.importer) == ("cap", "LAO")


# --- parts, tables and rankings -----------------------------------------------------------------

def test_each_table_row_s_country_goes_with_its_own_figures() -> None:
    text = ("Japan's LNG imports by supplier, 2023: Australia 27.1 mt (+3%); Malaysia 9.2 mt "
            "(-4.5%); Qatar 3.3 mt (+12%).")
    found = by_surface(text, ("27.1 mt", 2.71e7, "t"),
                       q(text, "3%", 3.0, "percent", change="up"),
                       ("9.2 mt", 9.2e6, "t"),
                       q(text, "4.5%", 4.5, "percent", change="down"),
                       ("3.3 mt", 3.3e6, "t"),
                       q(text, "12%", 12.0, "percent", change="up"), published=MARCH_2023)
    assert parties(found["27.1 mt"]) == ("AUS", "JPN", False)
    assert parties(found["3%"]) == ("AUS", "JPN", False)
    assert parties(found["4.5%"]) == ("MYS", "JPN", False)
    assert parties(found["3.3 mt"]) == ("QAT", "JPN", False)
    assert parties(found["12%"]) == ("QAT", "JPN", False)


def test_partners_listed_with_their_part_of_an_export_are_its_buyers() -> None:
    text = ("Laos shipped about 9.5 million tonnes of potash last year, industry sources said. "
            "Thailand took 4.6 million tonnes, Vietnam 1.7 million tonnes and India 1.1 million "
            "tonnes.")
    claims = by_surface(text, ("9.5 million tonnes", 9.5e6, "t"),
                        ("4.6 million tonnes", 4.6e6, "t"), ("1.7 million tonnes", 1.7e6, "t"),
                        ("1.1 million tonnes", 1.1e6, "t"), published=MAY_2025)
    assert [claims[s].importer for s in ("4.6 million tonnes", "1.7 million tonnes",
                                         "1.1 million tonnes")] == ["THA", "VNM", "IND"]
    assert claims["9.5 million tonnes"].importer is None


def test_a_ranking_of_buyers_and_of_suppliers() -> None:
    text = ("Laos exported over 2.2 million tonnes of rice last year. Thailand was the top buyer "
            "with 520,000 tonnes, followed by the Philippines (310,000 tonnes).\n"
            "India imported 1.96 million barrels per day of Russian crude in May. Iraq was the "
            "second-biggest supplier at 830,000 bpd, followed by Kuwait (560,000 bpd).")
    claims = by_surface(text, ("2.2 million tonnes", 2.2e6, "t"), ("520,000 tonnes", 5.2e5, "t"),
                        ("310,000 tonnes", 3.1e5, "t"),
                        ("1.96 million barrels per day", 1.96e6, "bbl/d"),
                        ("830,000 bpd", 8.3e5, "bbl/d"), ("560,000 bpd", 5.6e5, "bbl/d"),
                        published=MAY_2025)
    assert parties(claims["520,000 tonnes"]) == ("LAO", "THA", False)
    assert parties(claims["310,000 tonnes"]) == ("LAO", "PHL", False)
    assert parties(claims["830,000 bpd"]) == ("IRQ", "IND", False)
    assert parties(claims["560,000 bpd"]) == ("KWT", "IND", False)


def test_trade_partners_ranked_after_the_first_are_the_same_countrys_partners() -> None:
    text = ("Laos's foreign trade jumped 74.6 percent last year. Trade with Thailand came to $2.72 "
            "billion, followed by Vietnam ($5.8 million) and Austria ($2.9 million), according to "
            "the agency.")
    claims = by_surface(text, ("74.6 percent", 74.6, "percent"), ("$2.72 billion", 2.72e9, "USD"),
                        ("$5.8 million", 5.8e6, "USD"), ("$2.9 million", 2.9e6, "USD"),
                        published=MAY_2025)
    assert parties(claims["$2.72 billion"]) == ("LAO", "THA", True)
    assert parties(claims["$5.8 million"]) == ("LAO", "VNM", True)
    assert parties(claims["$2.9 million"]) == ("LAO", "AUT", True)


@pytest.mark.parametrize(("text", "expected"), [
    ("Laos brought in about 17,000 tons of diesel from Thailand and Vietnam in May.",
     (None, "LAO", False)),
    ("Thailand shipped about 17,000 tons of diesel to Laos and Cambodia in May.",
     ("THA", None, False)),
    ("Laos brought in about 17,000 tons of diesel from Thailand in May and sold some to Vietnam.",
     ("THA", "LAO", False)),
])
def test_several_origins_or_destinations_together_leave_that_side_open(
        text: str, expected: tuple[str | None, str | None, bool]) -> None:
    claim = by_surface(text, ("17,000 tons", 17_000, "t"), published=MAY_2024)["17,000 tons"]
    assert parties(claim) == expected


def test_a_part_of_one_sides_shipments_goes_on_with_that_flow() -> None:
    text = ("Thailand shipped goods worth $187.3 million to Laos in May, while Lao products worth "
            "$19.6 million went the other way. Rice accounted for $17.9m of the Thai shipments.")
    claims = by_surface(text, ("$187.3 million", 1.873e8, "USD"),
                        ("$19.6 million", 1.96e7, "USD"), ("$17.9m", 1.79e7, "USD"),
                        published=FEB_2024)
    assert parties(claims["$17.9m"]) == ("THA", "LAO", False)


# --- the flow goes on across sentences ----------------------------------------------------------

def test_the_country_is_not_the_subject_of_its_own_clause() -> None:
    text = ("Angola's crude exports averaged 1.1 million barrels per day last year. India took "
            "about 20 percent of the country's shipments.")
    claims = by_surface(text, ("1.1 million barrels per day", 1.1e6, "bbl/d"),
                        ("20 percent", 20, "percent"), published=JUNE_2024)
    assert parties(claims["20 percent"]) == ("AGO", "IND", False)


def test_a_sentence_naming_only_a_side_of_the_paragraphs_flow_goes_on_with_it() -> None:
    text = ("Bangkok has resumed reporting its fuel deliveries to Vientiane, with 10,822 barrels "
            "of diesel delivered in January. Thailand's declared total for 2021 came to 91,909 "
            "barrels.")
    claims = by_surface(text, ("10,822 barrels", 10_822, "bbl"), ("91,909 barrels", 91_909, "bbl"),
                        published=date(2022, 3, 23))
    assert parties(claims["91,909 barrels"]) == ("THA", "LAO", False)


def test_a_paragraphs_figures_go_on_with_its_flow_not_its_share_of_a_cap() -> None:
    text = ("Thailand shipped 105,845 barrels of diesel to Laos last year, about 21 percent of the "
            "500,000-barrel annual cap. January deliveries alone came to 44,655 barrels.")
    claims = by_surface(text, ("105,845 barrels", 105_845, "bbl"), ("21 percent", 21, "percent"),
                        ("500,000-barrel", 5e5, "bbl"), ("44,655 barrels", 44_655, "bbl"),
                        published=MAY_2025)
    assert parties(claims["44,655 barrels"]) == ("THA", "LAO", False)


def test_the_two_countries_in_another_clause_speak_for_a_clause_without_a_subject() -> None:
    text = ("Laos supplied 12,000 barrels of diesel to Cambodia in 2023, and Thailand 8,000 "
            "barrels. Together the two countries declared about 2,700 tonnes, which an agency in "
            "Hanoi converted to some 21,000 barrels.")
    claims = by_surface(text, ("12,000 barrels", 12_000, "bbl"), ("8,000 barrels", 8_000, "bbl"),
                        ("2,700 tonnes", 2_700, "t"), ("21,000 barrels", 21_000, "bbl"),
                        published=MAY_2024)
    for surface in ("2,700 tonnes", "21,000 barrels"):
        assert (claims[surface].exporter, claims[surface].importer) == (None, "KHM")


def test_a_flow_stated_without_a_figure_gives_the_figures_after_it_their_sides() -> None:
    text = ("Thai fertilizer is being smuggled into Laos in larger quantities, sources said. A "
            "trader estimated that around 3,000 tons of urea crossed the Mekong in March.")
    claim = by_surface(text, ("3,000 tons", 3_000, "t"), published=MAY_2024)["3,000 tons"]
    assert (claim.commodity, parties(claim)) == ("fertilizer", ("THA", "LAO", False))


def test_a_flow_stated_of_other_goods_gives_nothing() -> None:
    text = ("Thai fertilizer is being smuggled into Laos in larger quantities, sources said. A "
            "trader estimated that around 3,000 tons of rice were eaten in March.")
    claims = claims_from(text, (("3,000 tons", 3_000, "t"),), MAY_2024)
    assert all(c.exporter is None for c in claims)


def test_turnover_with_no_country_named_is_the_pair_named_before() -> None:
    text = ("Trade between Laos and Thailand reached a record $34 million last year, an official "
            "said. In 2019, before the pandemic, turnover stood at $47.9 million.")
    claims = by_surface(text, ("$34 million", 34e6, "USD"), ("$47.9 million", 47.9e6, "USD"),
                        published=MAY_2025)
    assert parties(claims["$47.9 million"]) in (("LAO", "THA", True), ("THA", "LAO", True))


def test_a_capital_expecting_turnover_goes_on_with_the_pair() -> None:
    text = ("Trade turnover between Laos and Thailand grew ninefold last year to $34.4 million. "
            "The Thai government expects turnover to reach about $50 million this year.")
    claims = by_surface(text, ("$34.4 million", 3.44e7, "USD"), ("$50 million", 5e7, "USD"),
                        published=MAY_2025)
    assert {claims["$50 million"].exporter, claims["$50 million"].importer} == {"LAO", "THA"}
    assert claims["$50 million"].two_way


def test_its_neighbour_is_another_country_than_its_owner() -> None:
    text = ("Laos's trade with Thailand recovered in 2023. Bangkok's exports of fertilizer to its "
            "neighbour tripled to 200,000 tonnes in the first half.")
    claims = by_surface(text, ("tripled", 3, "x"), ("200,000 tonnes", 2e5, "t"),
                        published=MAY_2024)
    assert parties(claims["200,000 tonnes"]) == ("THA", "LAO", False)


def test_its_neighbour_is_not_the_country_that_owns_it_in_its_clause() -> None:
    text = ("Thai-Lao trade more than doubles in 2023\n"
            "Trade between Thailand and Laos reached $2.3 billion last year. Thailand's exports to "
            "its neighbour were worth $2.0bn.")
    claims = by_surface(text, ("$2.3 billion", 2.3e9, "USD"), ("$2.0bn", 2e9, "USD"),
                        published=FEB_2024)
    assert parties(claims["$2.0bn"]) == ("THA", "LAO", False)


@pytest.mark.parametrize("text", [
    "Russia will supply the Republic of Cuba with 1.64 million tonnes of oil this year.",
    "Russia shipped 1.64 million tonnes of oil to the Republic of Cuba this year.",
])
def test_a_formal_name_is_the_country_and_its_of_no_cue(text: str) -> None:
    claim = only_claim(text, "1.64 million tonnes", 1.64e6, "t", date(2024, 5, 22))
    assert (claim.exporter, claim.importer) == ("RUS", "CUB")


def test_a_row_set_after_the_total_with_its_role_takes_its_side() -> None:
    text = ("Laos imported about 1.3 million tonnes of fuel last year, the commerce ministry "
            "said, with Thailand the main supplier at roughly 560,000 tonnes.")
    found = claims_from(text, (("1.3 million tonnes", 1.3e6, "t"), ("560,000 tonnes", 5.6e5, "t")),
                        date(2025, 7, 15))
    assert [(c.exporter, c.importer, c.two_way) for c in found] == [
        (None, "LAO", False), ("THA", "LAO", False)]


def test_a_partner_with_an_amount_after_trade_with_stays_a_partner() -> None:
    text = "Laos expanded trade with Thailand at $2 billion last year."
    claim = only_claim(text, "$2 billion", 2e9, "USD", date(2025, 7, 15))
    assert (claim.exporter, claim.importer, claim.two_way) == ("LAO", "THA", True)


def test_suppliers_in_contrasting_clauses_keep_the_paragraphs_receiver() -> None:
    text = ("Laos imported about 1.3 million tonnes of fuel last year. Thailand supplied 330,000 "
            "tonnes, while Vietnam supplied 240,000 tonnes of diesel.")
    found = {c.surface: c for c in claims_from(
        text, (("1.3 million tonnes", 1.3e6, "t"), ("330,000 tonnes", 3.3e5, "t"),
               ("240,000 tonnes", 2.4e5, "t")), date(2025, 7, 15))}
    assert (found["330,000 tonnes"].exporter, found["330,000 tonnes"].importer) == ("THA", "LAO")
    assert (found["240,000 tonnes"].exporter, found["240,000 tonnes"].importer) == ("VNM", "LAO")


def test_a_country_in_a_contrasting_clause_without_a_figure_is_no_party() -> None:
    text = ("Belarusian potash exports recovered to about 9.5 million tonnes last year, after "
            "Lithuania's closure of the port of Klaipeda forced a reroute.")
    claim = only_claim(text, "9.5 million tonnes", 9.5e6, "t", date(2024, 3, 6))
    assert (claim.exporter, claim.importer) == ("BLR", None)


@pytest.mark.parametrize(("text", "surface", "value", "unit", "expected"), [
    ("The tanker loaded an estimated 35,000 barrels of Russian diesel at Vostochny port and was "
     "tracked bound for Nampo.", "35,000 barrels", 35_000, "bbl", ("RUS", "PRK")),
    # a port where goods are loaded may be a transit port: not the exporter
    ("Kazakhstan exported 35,000 barrels of crude loaded at Novorossiysk in May.",
     "35,000 barrels", 35_000, "bbl", ("KAZ", None)),
    ("Traders shipped around 600 tons of dried squid from Rajin to Vladivostok in May.",
     "600 tons", 600, "t", ("PRK", "RUS")),
    ("Reliance discharged about 560,000 bpd of Urals crude at Jamnagar in June.",
     "560,000 bpd", 560_000, "bbl/d", ("RUS", "IND")),
    ("Indian Oil received roughly 470,000 bpd of crude at Paradip in June.",
     "470,000 bpd", 470_000, "bbl/d", (None, "IND")),
])
def test_ports_and_towns_stand_for_their_country(text: str, surface: str, value: float,
                                                 unit: str, expected: tuple[str, str]) -> None:
    claim = only_claim(text, surface, value, unit, date(2024, 10, 15))
    assert (claim.exporter, claim.importer) == expected


def test_a_border_crossing_on_the_way_is_no_side() -> None:
    text = "Russia sent 46,300 tonnes of flour to North Korea through Khasan in June."
    claim = only_claim(text, "46,300 tonnes", 46_300, "t", date(2025, 7, 15))
    assert (claim.exporter, claim.importer) == ("RUS", "PRK")


def test_a_side_read_from_a_preposition_is_completed_from_the_paragraph() -> None:
    text = ("About 3,500 tons of Russian flour was offloaded at Rajin port late last month. "
            "Another 4,000 tons of corn is scheduled to arrive at Chongjin in April.")
    found = {c.surface: c for c in claims_from(
        text, (("3,500 tons", 3500, "t"), ("4,000 tons", 4000, "t")), date(2025, 3, 12))}
    assert (found["3,500 tons"].exporter, found["3,500 tons"].importer) == ("RUS", "PRK")
    assert (found["4,000 tons"].exporter, found["4,000 tons"].importer) == ("RUS", "PRK")


@pytest.mark.parametrize("link", ["in exchange for", "in payment for", "in return for"])
def test_goods_given_in_exchange_go_the_other_way(link: str) -> None:
    text = f"Laos shipped 600 tons of timber to Vietnam in May {link} 1,200 tons of rice."
    found = {c.surface: c for c in claims_from(
        text, (("600 tons", 600, "t"), ("1,200 tons", 1200, "t")), date(2025, 6, 17))}
    assert (found["600 tons"].exporter, found["600 tons"].importer) == ("LAO", "VNM")
    assert (found["1,200 tons"].exporter, found["1,200 tons"].importer,
            found["1,200 tons"].two_way) == ("VNM", "LAO", False)


@pytest.mark.parametrize(("text", "expected"), [
    ("Laos exported 55.5 million tonnes of rice in 2023. Thai purchases fell to 5.3 million "
     "tonnes.", ("LAO", "THA")),
    ("A year earlier, Thai purchases of Laotian rice had been just 5.3 million tonnes.",
     ("LAO", "THA")),
])
def test_a_demonym_before_purchases_is_the_buyer(text: str, expected: tuple[str, str]) -> None:
    found = {c.surface: c for c in claims_from(
        text, (("55.5 million tonnes", 5.55e7, "t"), ("5.3 million tonnes", 5.3e6, "t"))
        if "55.5" in text else (("5.3 million tonnes", 5.3e6, "t"),), date(2024, 7, 3))}
    assert (found["5.3 million tonnes"].exporter, found["5.3 million tonnes"].importer) == expected


@pytest.mark.parametrize(("text", "quantities", "surface", "expected"), [
    ("Laos shipped 2.2 million tonnes of rice abroad in 2023, with Thai buyers taking 540,000 "
     "tonnes, the federation said.", (("2.2 million tonnes", 2.2e6, "t"),
                                      ("540,000 tonnes", 5.4e5, "t")),
     "540,000 tonnes", ("LAO", "THA")),
    ("Thai rice made up a record 44% of Vientiane's rice imports in June, with Laotian mills "
     "taking 200,000 tonnes, up 6% from May.", (("44%", 44, "percent"),
                                               ("200,000 tonnes", 2e5, "t")),
     "200,000 tonnes", ("THA", "LAO")),
])
def test_traders_set_after_a_flow_with_a_buying_verb_are_its_buyer(
        text: str, quantities: tuple[tuple[str, float, str], ...], surface: str,
        expected: tuple[str, str]) -> None:
    found = {c.surface: c for c in claims_from(text, quantities, date(2024, 7, 11))}
    assert (found[surface].exporter, found[surface].importer) == expected


def test_taking_place_is_no_flow() -> None:
    text = "Talks taking place in Vientiane covered rice exports of 2 million tonnes to Thailand."
    claim = only_claim(text, "2 million tonnes", 2e6, "t", date(2024, 7, 11))
    assert claim.importer == "THA"


def test_a_subject_before_a_descriptive_appositive_keeps_its_clause() -> None:
    text = ("A cargo of 700,000 barrels of Thai crude landed in Vientiane in March, while "
            "Vietnamese oil shipments, long the country's lifeline, fell to about 30,000 barrels "
            "per day.")
    found = {c.surface: c for c in claims_from(
        text, (("700,000 barrels", 7e5, "bbl"), ("30,000 barrels per day", 3e4, "bbl/d")),
        date(2024, 4, 16))}
    later = found["30,000 barrels per day"]
    assert (later.exporter, later.commodity) == ("VNM", "oil")


def test_rows_ranked_after_a_share_take_its_other_side() -> None:
    text = ("Thailand would still supply roughly a third of Laos's rice imports. In July Vietnam "
            "was a distant second supplier at 90,000 tonnes, and Cambodia third at about 70,000 "
            "tonnes.")
    found = {c.surface: c for c in claims_from(
        text, (("a third", 100 / 3, "percent"), ("90,000 tonnes", 9e4, "t"),
               ("70,000 tonnes", 7e4, "t")), date(2025, 8, 20))}
    assert (found["90,000 tonnes"].exporter, found["90,000 tonnes"].importer) == ("VNM", "LAO")
    assert (found["70,000 tonnes"].exporter, found["70,000 tonnes"].importer) == ("KHM", "LAO")


def test_arrivals_in_a_country_go_to_it() -> None:
    text = ("Thai rice arrivals in Laos fell to about 180,000 tonnes in July. In July Vietnam was "
            "a distant second supplier.")
    claim = only_claim(text, "180,000 tonnes", 1.8e5, "t", date(2025, 8, 20))
    assert (claim.exporter, claim.importer) == ("THA", "LAO")


def test_a_supplier_in_a_contrasting_clause_after_an_import_supplies_the_importer() -> None:
    text = ("Laos imported 107,000 tonnes of rice from Thailand last year, while Vietnam supplied "
            "59,000 tonnes.")
    found = {c.surface: c for c in claims_from(
        text, (("107,000 tonnes", 1.07e5, "t"), ("59,000 tonnes", 5.9e4, "t")), date(2024, 7, 1))}
    assert (found["59,000 tonnes"].exporter, found["59,000 tonnes"].importer) == ("VNM", "LAO")


def test_goods_sent_in_exchange_for_others_keep_their_own_direction() -> None:
    text = ("Thailand shipped 1 million barrels of oil to Laos in 2023. It also sent 500,000 "
            "tonnes of rice to Vientiane in exchange for timber.")
    found = {c.surface: c for c in claims_from(
        text, (("1 million barrels", 1e6, "bbl"), ("500,000 tonnes", 5e5, "t")), date(2024, 7, 1))}
    assert (found["500,000 tonnes"].exporter, found["500,000 tonnes"].importer) == ("THA", "LAO")


@pytest.mark.parametrize("text", [
    "Thailand exported 1.2 million tonnes of rice to Laos in May, taking Laos's total for the "
    "season to 10 million tonnes.",
])
def test_taking_a_total_to_is_no_purchase(text: str) -> None:
    found = {c.surface: c for c in claims_from(
        text, (("1.2 million tonnes", 1.2e6, "t"), ("10 million tonnes", 1e7, "t")),
        date(2024, 7, 1))}
    assert found["10 million tonnes"].exporter == "THA"


def test_a_sentence_opening_in_the_other_direction_turns_its_first_flow_round() -> None:
    text = ("Laotian buyers purchased 2.3 million tonnes of Thai rice, he said. In the other "
            "direction, Vientiane sent timber worth around $700 million, and officials expect "
            "turnover to top $5 billion this year.")
    found = {c.surface: c for c in claims_from(
        text, (("2.3 million tonnes", 2.3e6, "t"), ("$700 million", 7e8, "USD"),
               ("$5 billion", 5e9, "USD")), date(2025, 2, 5))}
    assert (found["$700 million"].exporter, found["$700 million"].importer) == ("LAO", "THA")
    assert found["$5 billion"].two_way


@pytest.mark.parametrize("text", [
    "EU imports of Thai rice reached 2 million tonnes in 2024. Outside Europe, China took 1.1 "
    "million tonnes of Thai rice.",
    "Thai rice arrivals in Laos rose in 2023. EU-wide imports of Thai rice shrank to 2 million "
    "tonnes in 2023.",
])
def test_the_eu_as_receiver_has_no_country(text: str) -> None:
    found = {c.surface: c for c in claims_from(
        text, (("2 million tonnes", 2e6, "t"),), date(2025, 2, 10))}
    assert (found["2 million tonnes"].exporter, found["2 million tonnes"].importer) == (
        "THA", None)


def test_a_cue_opening_a_later_sentence_is_read() -> None:
    # a search from the sentence's offset: `^` never matched there, a lookbehind does
    text = "Trade grew. From China, Laos bought 5,000 tonnes of rice."
    found = find_countries(text, text.index("From"))
    assert [(m.surface, m.cue) for m in found] == [("China", "from"), ("Laos", None)]


@pytest.mark.parametrize("text", [
    "Coal, which had earned Ulaanbaatar over $1.1 billion in 2019, has dwindled since.",
    "Rice earned Myanmar $1.1 billion in 2019, while fuel imports slipped.",
])
def test_the_country_a_sale_earns_money_is_the_exporter(text: str) -> None:
    claim = only_claim(text, "$1.1 billion", 1.1e9, "USD", MARCH_2023)
    assert claim.exporter == ("MNG" if "Ulaanbaatar" in text else "MMR")


def test_an_earner_is_not_the_supplier_of_a_later_import() -> None:
    text = "Rice earned Myanmar $900 million in 2022, while fuel imports came to $450 million."
    found = by_surface(text, ("$900 million", 9e8, "USD"), ("$450 million", 4.5e8, "USD"),
                       published=MARCH_2023)
    assert parties(found["$450 million"]) == (None, "MMR", False)


@pytest.mark.parametrize("text", [
    "Myanmar workers in Thailand earned $500 million last year.",
    "Sinopec earned $10 billion in profit last year.",
])
def test_earnings_alone_are_no_trade(text: str) -> None:
    surface = "$500 million" if "500" in text else "$10 billion"
    assert claims(text, (surface, 5e8 if "500" in text else 1e10, "USD")) == []


def test_a_country_between_it_and_the_outside_world_is_the_article_s_country() -> None:
    text = ("Commerce between Laos and the outside world rebounded last year as the border with "
            "Thailand reopened. The country's exports came to $325 million. Thailand alone "
            "accounted for $272 million of that.")
    found = by_surface(text, ("$325 million", 3.25e8, "USD"), ("$272 million", 2.72e8, "USD"),
                       published=MARCH_2023)
    assert parties(found["$325 million"]) == ("LAO", None, False)


@pytest.mark.parametrize(("total", "expected"), [
    ("Laos's total trade came to $2.77 billion last year.", ("LAO", "THA", True)),
    ("Laos's exports came to $2.77 billion last year.", ("LAO", "THA", False)),
    ("Laos's imports came to $2.77 billion last year.", ("THA", "LAO", False)),
])
def test_a_country_accounting_for_part_of_a_total_is_its_partner(
        total: str, expected: tuple[str, str, bool]) -> None:
    text = total + " Thailand alone accounted for $2.72 billion of that."
    found = by_surface(text, ("$2.77 billion", 2.77e9, "USD"), ("$2.72 billion", 2.72e9, "USD"),
                       published=MARCH_2023)
    assert parties(found["$2.72 billion"]) == expected


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Laos's trade grew last year. The country's exports and imports came to $325 million and "
     "$2.44 billion, respectively.", ("LAO", None, False), (None, "LAO", False)),
    ("Thailand and Vietnam supplied 80 percent and 15 percent of Laos's imports, respectively, "
     "in 2022.", ("THA", "LAO", False), ("VNM", "LAO", False)),
    ("Cuba and Spain received 33,000 bpd and 35,000 bpd of Venezuelan oil, respectively, in "
     "March.", ("VEN", "CUB", False), ("VEN", "ESP", False)),
])
def test_respectively_gives_each_figure_its_own_item(
        text: str, first: tuple[str | None, str | None, bool],
        second: tuple[str | None, str | None, bool]) -> None:
    figures = [q for q in ("$325 million", "$2.44 billion", "80 percent", "15 percent",
                           "33,000 bpd", "35,000 bpd") if q in text]
    units = {"$": "USD", "8": "percent", "1": "percent", "3": "bbl/d"}
    found = by_surface(text, *((f, float(f.strip("$").split()[0].replace(",", "")),
                                units[f[0]]) for f in figures), published=MARCH_2023)
    assert (parties(found[figures[0]]), parties(found[figures[1]])) == (first, second)


def test_respectively_gives_each_figure_its_own_goods() -> None:
    text = ("Laos's exports of coal and rice to Thailand came to $1.1 billion and $300 million, "
            "respectively, in 2022.")
    found = by_surface(text, ("$1.1 billion", 1.1e9, "USD"), ("$300 million", 3e8, "USD"),
                       published=MARCH_2023)
    assert (found["$1.1 billion"].commodity, found["$300 million"].commodity) == ("coal", "rice")


@pytest.mark.parametrize(("text", "expected"), [
    ("Laos exported 610,000 tonnes of rice in 2022. The Philippines and China were the main "
     "buyers, taking 190,000 tonnes and 120,000 tonnes respectively.", ("LAO", "PHL")),
    ("Laos exported 610,000 tonnes of rice in 2022. The Philippines remained its main buyer, "
     "taking 190,000 tonnes.", ("LAO", "PHL")),
    ("Laos imported 610,000 tonnes of rice in 2022. Thailand was the top supplier, with "
     "190,000 tonnes.", ("THA", "LAO")),
])
def test_a_country_named_as_buyer_or_supplier_takes_that_side(
        text: str, expected: tuple[str, str]) -> None:
    figures = [("610,000 tonnes", 6.1e5, "t"), ("190,000 tonnes", 1.9e5, "t")]
    if "120,000" in text:
        figures.append(("120,000 tonnes", 1.2e5, "t"))
    found = by_surface(text, *figures, published=MARCH_2023)
    assert (found["190,000 tonnes"].exporter, found["190,000 tonnes"].importer) == expected


def test_suppliers_reporting_their_own_deliveries_are_parties_not_sources() -> None:
    text = ("Thailand and Vietnam together reported supplying Laos with 17,294 tons of diesel "
            "between January and August, according to the committee's website. Hanoi accounted "
            "for 9,000 tons over the same months. In August the two delivered just 142 tons and "
            "32 tons, respectively.")
    found = by_surface(text, ("17,294 tons", 17294, "t"), ("9,000 tons", 9000, "t"),
                       ("142 tons", 142, "t"), ("32 tons", 32, "t"), published=MARCH_2023)
    assert [parties(found[s]) for s in ("17,294 tons", "9,000 tons", "142 tons", "32 tons")] == [
        (None, "LAO", False), ("VNM", "LAO", False), ("THA", "LAO", False),
        ("VNM", "LAO", False)]
    assert found["17,294 tons"].attribution == "the committee's website"


def test_a_single_supplier_reporting_its_deliveries_is_the_exporter() -> None:
    claim = only_claim("Thailand reported supplying Laos with 17,294 tons of diesel in 2022.",
                       "17,294 tons", 17294, "t", MARCH_2023)
    assert (parties(claim), claim.attribution) == (("THA", "LAO", False), None)


@pytest.mark.parametrize("second", [
    "Their trade peaked at around $210 million in 2004.",
    "The pair traded some $210 million worth of goods with each other in 2004.",
])
def test_their_trade_is_the_pair_named_before(second: str) -> None:
    text = ("As the Laotian leader travels to Hanoi for a summit with the Vietnamese president, "
            "the economic ties between the two countries look thin. " + second)
    found = by_surface(text, ("$210 million", 2.1e8, "USD"), published=MARCH_2023)
    assert parties(found["$210 million"]) in (("LAO", "VNM", True), ("VNM", "LAO", True))


def test_the_former_and_the_latter_are_the_two_countries_named_last() -> None:
    text = ("Laos imported 10.5 million tons of coal from Vietnam and 7.8 million tons from "
            "Thailand last year. Shipments from the former rose 1%, while the latter's fell 8.6%.")
    found = by_surface(text, ("10.5 million tons", 1.05e7, "t"), ("7.8 million tons", 7.8e6, "t"),
                       ("1%", 1, "percent"), ("8.6%", 8.6, "percent"), published=MARCH_2023)
    assert (parties(found["1%"]), parties(found["8.6%"])) == (
        ("VNM", "LAO", False), ("THA", "LAO", False))


@pytest.mark.parametrize("phrase", ["the former Soviet Union", "the former president"])
def test_the_former_before_a_noun_is_no_country(phrase: str) -> None:
    assert [m.surface for m in find_countries(f"Trade with {phrase} grew.")
            if m.form == "pronoun"] == []


def test_a_possessive_with_its_flow_left_out_is_the_flow_before_with_that_country() -> None:
    text = ("Laos's coal imports hit 54 million tons in 2024. Those from Vietnam rose to 8.3 "
            "million tons, while Thailand's climbed to 7.8 million tons.")
    found = by_surface(text, ("54 million tons", 5.4e7, "t"), ("8.3 million tons", 8.3e6, "t"),
                       ("7.8 million tons", 7.8e6, "t"), published=MARCH_2025)
    assert parties(found["7.8 million tons"]) == ("THA", "LAO", False)


def test_a_part_opening_with_of_that_goes_to_the_partner_it_names() -> None:
    text = ("Laos's recorded foreign trade fell to $713 million in 2021, the lowest in decades. "
            "Of that, $681 million was with Thailand.")
    found = by_surface(text, ("$713 million", 7.13e8, "USD"), ("$681 million", 6.81e8, "USD"),
                       published=MARCH_2023)
    assert parties(found["$681 million"]) == ("LAO", "THA", True)


def test_the_former_and_the_latter_take_a_pair_named_together_in_their_sentence() -> None:
    text = ("Vientiane's two largest partners were Bangkok and Hanoi: trade with the former came "
            "to $6.5 billion, and with the latter $104 million.")
    codes = [m.surface for m in find_countries(text) if m.form == "pronoun"]
    assert codes == ["the former", "the latter"]
    found = by_surface(text, ("$6.5 billion", 6.5e9, "USD"), ("$104 million", 1.04e8, "USD"),
                       published=MARCH_2023)
    assert {found["$6.5 billion"].exporter, found["$6.5 billion"].importer} == {"LAO", "THA"}
    assert {found["$104 million"].exporter, found["$104 million"].importer} == {"LAO", "VNM"}


@pytest.mark.parametrize("tail", [
    "followed by Thailand, whose shipments slipped 6.7% to 95.5 million tons.",
    "followed by Thailand with 95.5 million tons.",
])
def test_the_next_country_in_a_ranking_is_a_supplier_too(tail: str) -> None:
    text = ("Laos's coal imports hit 542.7 million tons in 2024. Vietnam remained the biggest "
            "supplier at 242 million tons, " + tail)
    figures: list[tuple[str, float, str]] = [("542.7 million tons", 5.427e8, "t"),
                                             ("242 million tons", 2.42e8, "t"),
                                             ("95.5 million tons", 9.55e7, "t")]
    if "6.7%" in tail:
        figures.append(("6.7%", 6.7, "percent"))
    found = by_surface(text, *figures, published=MARCH_2025)
    assert parties(found["95.5 million tons"]) == ("THA", "LAO", False)


def test_notifications_from_two_suppliers_are_a_joint_supply_to_the_paragraph_s_receiver() -> None:
    text = ("Laos continued to import diesel through illicit transfers, receiving more than 1.6 "
            "million barrels in the first five months of 2020. By contrast, notifications from "
            "Thailand and Vietnam covered only 17,294 tons between January and August 2020.")
    found = by_surface(text, ("1.6 million barrels", 1.6e6, "bbl"), ("17,294 tons", 17294, "t"),
                       published=MARCH_2023)
    assert parties(found["17,294 tons"]) == (None, "LAO", False)


def test_a_part_of_the_former_is_a_part_of_the_first_flow_before() -> None:
    text = ("Laos's purchases from Thailand came to $82 million and its sales there to $10 "
            "million. Diesel accounted for $34 million of the former.")
    found = by_surface(text, ("$82 million", 8.2e7, "USD"), ("$10 million", 1e7, "USD"),
                       ("$34 million", 3.4e7, "USD"), published=MARCH_2023)
    assert parties(found["$34 million"]) == ("THA", "LAO", False)
    assert [m.surface for m in find_countries(text) if m.form == "pronoun"] == ["its"]


def test_selling_a_country_goods_makes_it_the_buyer() -> None:
    text = ("But ITC figures tell a different story: they show Thailand selling Laos $71 million "
            "worth of goods in 2022.")
    claim = only_claim(text, "$71 million", 7.1e7, "USD", MARCH_2023)
    assert (parties(claim), claim.attribution) == (("THA", "LAO", False), "ITC figures")


def test_a_demonym_owning_exports_makes_its_country_the_article_s() -> None:
    text = ("Laotian power exports dropped 11.5% in March, to 787 gigawatt hours. Thailand "
            "remained the top destination, and Thailand took most of the rest.")
    assert main_country(text) == "LAO"


def test_a_contrasting_clause_of_the_other_direction_turns_a_one_sided_total_round() -> None:
    text = ("Laos's foreign trade came to $2.7 billion last year. Shipments out of the country "
            "grew by 10.9 percent, reaching $360 million, while those coming in shrank by 4.4 "
            "percent to $2.34 billion.")
    found = by_surface(text, ("$2.7 billion", 2.7e9, "USD"), ("10.9 percent", 10.9, "percent"),
                       ("$360 million", 3.6e8, "USD"), ("4.4 percent", 4.4, "percent"),
                       ("$2.34 billion", 2.34e9, "USD"), published=MARCH_2023)
    assert parties(found["$360 million"]) == ("LAO", None, False)
    assert parties(found["$2.34 billion"]) == (None, "LAO", False)


def test_a_country_named_as_the_dominant_partner_is_the_other_side() -> None:
    text = ("Laos's foreign trade came to $2.7 billion last year. Thailand remained the dominant "
            "partner with $2.64 billion in two-way trade, with Argentina a very distant second.")
    found = by_surface(text, ("$2.7 billion", 2.7e9, "USD"), ("$2.64 billion", 2.64e9, "USD"),
                       published=MARCH_2023)
    assert {found["$2.64 billion"].exporter, found["$2.64 billion"].importer} == {"THA", "LAO"}


@pytest.mark.parametrize("text", [
    "Thailand's share of extra-EU rice imports fell to 22% last year.",
    "Thailand's share of the goods the European Union imports from outside the bloc dropped to "
    "22% last year.",
])
def test_a_share_of_a_bloc_s_imports_is_the_supplier_s(text: str) -> None:
    found = by_surface(text, ("22%", 22, "percent"), published=MARCH_2023)
    assert parties(found["22%"]) == ("THA", None, False)


def test_a_description_before_a_name_keeps_the_preposition_s_role() -> None:
    text = "Thailand's shipments to political ally Laos dropped to 32,000 tonnes in 2023."
    claim = only_claim(text, "32,000 tonnes", 3.2e4, "t", MARCH_2023)
    assert parties(claim) == ("THA", "LAO", False)


def test_the_value_of_goods_just_counted_has_their_sides() -> None:
    text = ("Laos imported 52.6 mln tonnes of Thai rice. Vietnam ranked second among suppliers "
            "with 46.5 mln tonnes worth $28.3 bln.")
    found = by_surface(text, ("52.6 mln tonnes", 5.26e7, "t"), ("46.5 mln tonnes", 4.65e7, "t"),
                       ("$28.3 bln", 2.83e10, "USD"), published=MARCH_2023)
    assert parties(found["$28.3 bln"]) == parties(found["46.5 mln tonnes"]) == (
        "VNM", "LAO", False)


def test_a_partner_s_verb_past_an_aside_says_its_side() -> None:
    text = ("Laos's total rice exports fell 26% in October. Thailand, supplied mostly through "
            "intermediaries, received about 80% of the total, or 663,000 tonnes.")
    found = by_surface(text, ("26%", 26, "percent"), ("80%", 80, "percent"),
                       ("663,000 tonnes", 6.63e5, "t"), published=MARCH_2023)
    assert parties(found["80%"]) == parties(found["663,000 tonnes"]) == ("LAO", "THA", False)
