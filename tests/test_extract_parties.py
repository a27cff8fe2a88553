"""Claim fields from invented sentences: parties, commodity, kind and direction.

Regression tests named after what went wrong; quantities are written out by hand (what the
quantity layer would hand over), so only the claim logic is exercised.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import claims_from, parties, quantity_at
from tradetrace.extract import build_claims
from tradetrace.model import Claim, Document, Quantity

MAY_2022 = date(2022, 5, 10)


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
