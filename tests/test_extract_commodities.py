"""Which goods a claim is about (extract/commodity via build_claims). Sentences are invented;
quantities are written out by hand, so only the claim logic runs."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import by_surface, claims_from, only_claim

JUNE_2023 = date(2023, 6, 12)
MARCH_2023 = date(2023, 3, 1)
MAY_2024 = date(2024, 5, 20)
JUNE_2024 = date(2024, 6, 20)
JULY_2024 = date(2024, 7, 2)
MAY_2025 = date(2025, 5, 20)
JULY_2025 = date(2025, 7, 28)


@pytest.mark.parametrize("text, surface, key", [
    ("Laos's top rice supplier last year was Thailand, which shipped 3.1 million tonnes of the "
     "grain to Vientiane.", "3.1 million tonnes", "rice"),
    ("Thailand sold diesel to Laos; it delivered 40,000 tonnes of the fuel in May.",
     "40,000 tonnes", "diesel"),
])
def test_a_definite_broader_name_stands_for_the_goods_named_before(text: str, surface: str,
                                                                   key: str) -> None:
    value = float(surface.split()[0].replace(",", "")) * (1e6 if "million" in surface else 1)
    assert only_claim(text, surface, value, "t", JULY_2024).commodity == key


def test_an_indefinite_broader_name_keeps_its_own_key() -> None:
    text = "Thailand shipped rice to Laos and 40,000 tonnes of grain to Vietnam in May."
    assert only_claim(text, "40,000 tonnes", 40000, "t", JULY_2024).commodity == "grain"


@pytest.mark.parametrize("text", [
    "Imports from Laos, chiefly clams, crab and other seafood, were worth about $130 million.",
    "Thai exports, mostly rice, were worth about $130 million last year.",
])
def test_goods_in_an_appositive_do_not_value_the_flow(text: str) -> None:
    assert only_claim(text, "$130 million", 1.3e8, "USD", JULY_2024).commodity == "trade"


def test_goods_named_before_worth_value_it() -> None:
    text = "Thailand sold rice and broken rice to Laos, worth $130 million last year."
    assert only_claim(text, "$130 million", 1.3e8, "USD", JULY_2024).commodity == "rice"


def test_a_multiple_of_the_figure_before_is_of_the_same_goods() -> None:
    from claim_helpers import by_surface

    text = ("Thailand shipped 122,000 tons of fertilizer to Laos in the first four months. That is "
            "three times the volume recorded a year earlier.")
    found = by_surface(text, (("122,000 tons", 122000, "t"), ("three times", 3, "x")), JULY_2024)
    assert found["three times"].commodity == "fertilizer"


# --- total trade --------------------------------------------------------------------------------

def test_turnover_is_total_trade() -> None:
    text = "Turnover between Chile and Peru reached $4.1 billion in 2022."
    claim = by_surface(text, (("$4.1 billion", 4.1e9, "USD"),), JUNE_2023)["$4.1 billion"]
    assert claim.commodity == "trade"


def test_traded_and_commerce_name_total_trade() -> None:
    text = "Japan and Vietnam traded $48 billion in 2022, and their commerce grew 4 percent."
    found = by_surface(text, (("$48 billion", 4.8e10, "USD"), ("4 percent", 4, "percent")),
                       MARCH_2023)
    assert found["$48 billion"].commodity == "trade"
    assert found["4 percent"].commodity == "trade"


def test_a_trade_zones_name_is_no_flow() -> None:
    text = ("Laos shipped more than 900,000 tonnes of rice abroad last year. Thailand bought about "
            "420,000 tonnes, much of it through a border trade zone.")
    claims = by_surface(text, (("900,000 tonnes", 9e5, "t"), ("420,000 tonnes", 4.2e5, "t")),
                        JULY_2025)
    assert claims["420,000 tonnes"].commodity == "rice"


def test_the_goods_of_a_ban_in_a_headline_are_no_goods_of_its_figure() -> None:
    # a headline's figures have no period: nothing comes before them (the conventions' periods
    # only carry forward), even when the body restates them with one
    text = ("Laos trade shrinks 15% to $5.55bn as coal ban bites\n"
            "Laos's trade with the outside world fell 15 percent last year to $5.55 billion, the "
            "agency said.")
    claims = by_surface(text, (("15%", 15, "percent"), ("$5.55bn", 5.55e9, "USD"),
                               ("15 percent", 15, "percent"), ("$5.55 billion", 5.55e9, "USD")),
                        MAY_2024)
    assert claims["$5.55bn"].commodity == "trade"
    assert claims["$5.55bn"].period_start is None


# --- goods named before -------------------------------------------------------------------------

def test_tonnes_or_barrels_under_a_bare_flow_word_are_the_paragraphs_goods() -> None:
    text = ("Kazakhstan's oil exports averaged 1.4 million barrels per day last year. Italy "
            "took about 400,000 bpd of the country's shipments, worth $9 billion.")
    claims = by_surface(text, (("1.4 million barrels per day", 1.4e6, "bbl/d"),
                               ("400,000 bpd", 400_000, "bbl/d"), ("$9 billion", 9e9, "USD")),
                        JUNE_2024)
    assert claims["400,000 bpd"].commodity == "oil"


def test_the_cargoes_just_named_carry_their_goods_to_their_value() -> None:
    text = ("Thailand sent about 19,000 barrels per day of crude and fuel to Laos in the first "
            "half. The cargoes were worth roughly $390 million.")
    claims = by_surface(text, (("19,000 barrels per day", 1.9e4, "bbl/d"),
                               ("$390 million", 3.9e8, "USD")), JULY_2025)
    assert claims["$390 million"].commodity == claims["19,000 barrels per day"].commodity == "oil"


def test_barrels_with_no_goods_of_their_own_are_the_oil_the_article_named_before() -> None:
    text = ("Thailand accused Laos of breaching a sanctions cap on refined petroleum through "
            "ship-to-ship transfers. In a report, Bangkok said Laos had bought 759,793 barrels "
            "between Jan. 1 and May 30.")
    claim = by_surface(text, (("759,793 barrels", 759_793, "bbl"),), JULY_2025)["759,793 barrels"]
    assert claim.commodity == "refined_petroleum"


def test_a_share_of_the_figure_before_keeps_its_goods_and_new_goods_names() -> None:
    text = ("Wigs remained Laos's top export to Thailand, with shipments worth $78.5 million. That "
            "was about 52 percent of its exports. Ferroalloys came second at $12.1 million, "
            "followed by silk ($4.6 million).")
    claims = by_surface(text, (("$78.5 million", 7.85e7, "USD"), ("52 percent", 52, "percent"),
                               ("$12.1 million", 1.21e7, "USD"), ("$4.6 million", 4.6e6, "USD")),
                        MAY_2025)
    assert [claims[s].commodity for s in ("52 percent", "$12.1 million", "$4.6 million")] == [
        "wigs", "iron_steel", "textiles"]


# --- goods words --------------------------------------------------------------------------------

def test_squid_and_crab_are_seafood() -> None:
    text = "About 300 tons of squid and crab crossed from Laos into Thailand in October."
    claim = by_surface(text, (("300 tons", 300, "t"),), JULY_2025)["300 tons"]
    assert claim.commodity == "seafood"


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("EU imports of Russian LNG reached 20 bcm in 2024.", "20 bcm", 2e10, "cubic_meter"),
    ("Outside Europe, China took 8.3 billion cubic metres of Russian gas shipments.",
     "8.3 billion cubic metres", 8.3e9, "cubic_meter"),
])
def test_a_flow_of_all_goods_is_not_counted_in_cubic_metres(text: str, surface: str,
                                                            value: float, unit: str) -> None:
    # all goods together (`trade`) are counted in money or tonnes: a flow word measured in
    # cubic metres is of goods the taxonomy has no key for
    assert only_claim(text, surface, value, unit, date(2025, 2, 10)).commodity is None


def test_a_flow_of_all_goods_in_money_or_tonnes_is_trade() -> None:
    text = "Russian shipments to North Korea reached 46,300 tonnes, worth $20 million."
    found = by_surface(text, (("46,300 tonnes", 46_300, "t"), ("$20 million", 2e7, "USD")),
                       date(2025, 7, 1))
    assert found["46,300 tonnes"].commodity == "trade"
    assert found["$20 million"].commodity == "trade"


def test_unkeyed_goods_worth_money_are_not_all_trade() -> None:
    text = "Jade and gemstone shipments to China were worth about $810 million last year."
    assert only_claim(text, "$810 million", 8.1e8, "USD", date(2024, 4, 22)).commodity is None
    keyed = "Rice shipments to China were worth about $810 million last year."
    assert only_claim(keyed, "$810 million", 8.1e8, "USD", date(2024, 4, 22)).commodity == "rice"


@pytest.mark.parametrize(("text", "surface", "value", "key"), [
    ("Australia is the top supplier of iron ore to China. Last year it shipped 740 million "
     "tonnes there.", "740 million tonnes", 7.4e8, "iron_ore"),
    ("Kazakhstan sells most of its wheat abroad. Last year Uzbekistan bought 3.1 million tonnes "
     "of it.", "3.1 million tonnes", 3.1e6, "wheat"),
])
def test_goods_named_by_a_sentence_without_figures_go_on(text: str, surface: str, value: float,
                                                         key: str) -> None:
    assert only_claim(text, surface, value, "t", date(2025, 2, 10)).commodity == key


def test_goods_of_a_sentence_without_figures_do_not_cross_a_paragraph() -> None:
    text = ("Kazakhstan sells most of its wheat abroad.\n\nLast year Uzbekistan bought 3.1 "
            "million tonnes.")
    found = only_claim(text, "3.1 million tonnes", 3.1e6, "t", date(2025, 2, 10))
    assert found.commodity != "wheat"


def test_goods_another_figure_counts_are_not_this_figures() -> None:
    text = ("Laos imported about 1.3 million tonnes of fuel last year. Thailand supplied 330,000 "
            "tonnes, while Vietnam supplied 240,000 tonnes of liquefied petroleum gas.")
    found = {c.surface: c for c in claims_from(
        text, (("1.3 million tonnes", 1.3e6, "t"), ("330,000 tonnes", 3.3e5, "t"),
               ("240,000 tonnes", 2.4e5, "t")), date(2025, 7, 15))}
    assert found["330,000 tonnes"].commodity == "oil"  # the paragraph's fuel, not the LPG
    assert found["240,000 tonnes"].commodity == "lpg"


def test_goods_a_share_counts_are_the_levels_too() -> None:
    text = ("Russia remained the top supplier at 9.3 million tonnes, roughly a fifth of China's "
            "total crude imports.")
    found = {c.surface: c for c in claims_from(
        text, (("9.3 million tonnes", 9.3e6, "t"), ("a fifth", 20, "percent")),
        date(2025, 4, 20))}
    assert found["9.3 million tonnes"].commodity == "crude_oil"


def test_goods_that_open_the_next_item_are_not_this_figures() -> None:
    text = ("In May rice accounted for roughly 24,000 tons and sugar for 5,100 tons of Laos's "
            "imports.")
    found = {c.surface: c for c in claims_from(
        text, (("24,000 tons", 2.4e4, "t"), ("5,100 tons", 5.1e3, "t")), date(2023, 6, 21))}
    assert (found["24,000 tons"].commodity, found["5,100 tons"].commodity) == ("rice", "sugar")


def test_the_paragraphs_goods_go_on_past_another_items_flow_word() -> None:
    text = ("Laos shipped 1.16 million tonnes of rice this year. Thailand was the biggest "
            "destination at 280,000 tonnes, and cargoes destined for Africa made up a quarter.")
    found = {c.surface: c for c in claims_from(
        text, (("1.16 million tonnes", 1.16e6, "t"), ("280,000 tonnes", 2.8e5, "t")),
        date(2024, 10, 3))}
    assert found["280,000 tonnes"].commodity == "rice"


def test_a_function_word_before_a_flow_noun_is_no_unkeyed_goods() -> None:
    text = ("Thai oil shipments to Laos dried up in December, after deliveries averaged about "
            "60,000 b/d in the first eleven months of 2024.")
    claim = only_claim(text, "60,000 b/d", 6e4, "bbl/d", date(2025, 1, 9))
    assert claim.commodity == "oil"


def test_goods_of_one_direction_are_not_carried_to_the_other() -> None:
    text = ("Imports from Laos, chiefly electricity and coal, accounted for $40 million of this, "
            "while exports to Laos were $3.2 million.")
    found = {c.surface: c for c in claims_from(
        text, (("$40 million", 4e7, "USD"), ("$3.2 million", 3.2e6, "USD")), date(2024, 2, 7))}
    assert found["$3.2 million"].commodity == "trade"


@pytest.mark.parametrize(("second", "money", "key"), [
    ("Shipments from Vietnam rose 1% on the year.", None, "coal"),
    ("Laos's total exports rose 1% to $1.1 billion.", ("$1.1 billion", 1.1e9), "trade"),
    ("Its exports to Vietnam fell 1% to $377 million.", ("$377 million", 3.77e8), "trade"),
])
def test_a_relative_change_of_bare_shipments_is_of_the_goods_before(
        second: str, money: tuple[str, float] | None, key: str) -> None:
    text = "Laos imported 2 million tonnes of coal from Vietnam in May. " + second
    figures = [("2 million tonnes", 2e6, "t"), ("1%", 1.0, "percent")]
    if money is not None:
        figures.append((money[0], money[1], "USD"))
    found = {c.surface: c for c in claims_from(text, tuple(figures), date(2024, 6, 1))}
    assert found["1%"].commodity == key


def test_a_figure_set_off_after_its_subject_measures_that_clause_s_goods() -> None:
    text = ("Rice accounted for roughly 24,000 tons and sugar for 5,100 tons, while soybean oil "
            "shipments, at 8,700 tons, were about 40% lower than in April.")
    found = {c.surface: c for c in claims_from(
        text, (("24,000 tons", 2.4e4, "t"), ("5,100 tons", 5.1e3, "t"), ("8,700 tons", 8.7e3, "t"),
               ("40%", 40, "percent")), date(2023, 6, 21))}
    assert (found["8,700 tons"].commodity, found["40%"].commodity) == ("soybean_oil",
                                                                         "soybean_oil")


@pytest.mark.parametrize(("makeup", "key"), [
    ("mostly cereals, mineral fuels, fats and medical products", "trade"),
    ("mostly wheat and rice", "grain"),
])
def test_a_flow_made_up_of_goods_of_every_kind_is_trade(makeup: str, key: str) -> None:
    text = f"Russian supplies to Laos, {makeup}, accounted for about $42 mln in 2020."
    found = {c.surface: c for c in claims_from(text, (("$42 mln", 4.2e7, "USD"),),
                                               date(2021, 2, 8))}
    assert found["$42 mln"].commodity == key


def test_the_opposite_direction_does_not_take_the_other_flow_s_goods() -> None:
    text = ("Russian supplies to Laos, mostly cereals, accounted for about $42 mln of the total, "
            "while deliveries in the opposite direction plunged by 76.5% to $714,000.")
    found = {c.surface: c for c in claims_from(
        text, (("$42 mln", 4.2e7, "USD"), ("76.5%", 76.5, "percent"), ("$714,000", 714e3, "USD")),
        date(2021, 2, 8))}
    assert (found["76.5%"].commodity, found["$714,000"].commodity) == ("trade", "trade")
