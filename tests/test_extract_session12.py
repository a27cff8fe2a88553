"""Rules of the twelfth session of 2026-12-01, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period
from tradetrace.extract.quantities import extract_quantities

MAY_2019 = date(2019, 5, 20)


def test_a_country_saying_it_did_something_is_its_subject() -> None:
    """`Sonatrach said on Monday that last month it had shipped ... to Italy and Spain`: the
    speaker (a source, so named where no side is read) shipped it; `said it` after a speaker
    that is no country names nobody, nor does `it` before a verb that is no trade (`Egypt said
    it expected Russia to ship ...`: Russia ships)."""
    found = extracted("Algeria's Sonatrach said on Monday that in April it had shipped 1.2 "
                      "million barrels of crude to Italy and Spain.", MAY_2019)
    assert (found["1.2 million barrels"].exporter, found["1.2 million barrels"].importer) == (
        "DZA", None)
    bought = extracted("Pakistan said it bought 100,000 tonnes of Russian crude in April.",
                       MAY_2019)["100,000 tonnes"]
    assert (bought.exporter, bought.importer) == ("RUS", "PAK")
    traders = extracted("Traders said it carried 700,000 barrels of crude to Spain in April.",
                        MAY_2019)["700,000 barrels"]
    assert traders.exporter is None
    expected = extracted("Egypt said it expected Russia to ship 3 million tonnes of wheat to "
                         "Egyptian ports this year.", MAY_2019)["3 million tonnes"]
    assert (expected.exporter, expected.importer) == ("RUS", "EGY")
    plan = extracted("Kenya said it plans to buy 300,000 tonnes of wheat from Russia this year.",
                     MAY_2019)["300,000 tonnes"]
    assert (plan.exporter, plan.importer) == ("RUS", "KEN")


def test_ships_before_an_amount_is_the_verb() -> None:
    """`Algeria now ships 90,000 barrels a day to Italy`: `ships` before the amount is the trade
    verb (its only one); `the two ships, of roughly 4,000 tons` are vessels."""
    found = extracted("Algeria now ships about 90,000 barrels a day to Italy.", MAY_2019)
    flow = found["90,000 barrels a day"]
    assert (flow.exporter, flow.importer, flow.commodity) == ("DZA", "ITA", "oil")
    assert not extracted("The two ships, of roughly 4,000 tons each, were tied together off "
                         "Nampo in April.", MAY_2019)
    assert not extracted("Insurers now charge ships 1% of their hull value for a voyage to "
                         "Odesa.", MAY_2019)
    cocoa = extracted("The cooperative ships 200,000 tonnes of cocoa to the Netherlands from "
                      "Ghana.", MAY_2019)["200,000 tonnes"]
    assert (cocoa.exporter, cocoa.importer) == ("GHA", "NLD")


def test_wire_abbreviations_of_thousands_and_million_tonnes_and_belarusian_rubles() -> None:
    """`31.2 thsd tonnes` (thousand, as TASS writes it), `4.6 mnt` (million tonnes), `Br90
    million` and `BYN 90 million` (Belarusian rubles)."""
    found = {q.surface: (q.value, q.unit) for q in extract_quantities(
        "Togo got 31.2 thsd tonnes of wheat, exports reached 4.6 mnt and the fee was Br90 million "
        "(BYN 90 million).")}
    assert found == {"31.2 thsd tonnes": (31200.0, "t"), "4.6 mnt": (4600000.0, "t"),
                     "Br90 million": (90000000.0, "BYN"), "BYN 90 million": (90000000.0, "BYN")}


def test_a_source_described_by_a_possessive_apposition_and_dated_after_its_verb() -> None:
    """`Goskomstat, Russia's statistics office, said on March 3`: the body with its description;
    the date after `said` is when, never who."""
    found = extracted("Russia's grain exports to Togo rose 12% in January, Goskomstat, Russia's "
                      "statistics office, said on March 3.", MAY_2019)
    assert found["12%"].attribution == "Goskomstat, Russia's statistics office"


def test_words_after_a_dashed_aside_in_a_sentence_are_no_source() -> None:
    """`... than the next three exporters - Peru, Chile and Togo - combined.`: a dash in a body
    sentence sets off an aside; what follows it is no source (a headline's `- customs` is)."""
    found = extracted("Ghana sold 2 million tonnes of cocoa abroad in 2018, more than the next "
                      "three exporters - Peru, Chile and Togo - combined.", MAY_2019)
    assert found["2 million tonnes"].attribution is None
    named = extracted("Russia's grain exports rose 12% to 60 million tonnes - Rusagrotrans.",
                      MAY_2019)["12%"]
    assert named.attribution == "Rusagrotrans"
    lower = extracted("Russia's wheat exports to Egypt rose to 4 million tonnes - traders.",
                      MAY_2019)["4 million tonnes"]
    assert lower.attribution == "traders"


def test_more_than_in_the_same_month_of_a_year_is_the_base() -> None:
    """`44% more than in the same month of 2023`: the change is of the month named before; 2023
    is what it is compared with."""
    found = extracted("Peru sold Chile $90 million worth of fish in November, 44% more than in "
                      "the same month of 2023.", date(2024, 12, 24))
    assert period(found["44%"]) == ("2024-11-01", "2024-11-30")


def test_a_season_whose_months_are_stated_is_a_split_year() -> None:
    """`the 2023/24 season that opened on October 1`, `the season that ended on September 30`,
    `the 2021/22 season, which runs from September to August`: those months; `the season
    before` and `a season earlier` are a year back."""
    sugar = extracted("Thai mills sold 6.1 million tonnes of sugar abroad in the season that "
                      "ended on September 30, down from 9.1 million tonnes the season before. "
                      "They expect output of 8 million tonnes for the 2023/24 season that opened "
                      "on October 1.", date(2023, 10, 19))
    assert period(sugar["6.1 million tonnes"]) == ("2022-10-01", "2023-09-30")
    assert period(sugar["9.1 million tonnes"]) == ("2021-10-01", "2022-09-30")
    assert period(sugar["8 million tonnes"]) == ("2023-10-01", "2024-09-30")
    oil = extracted("Argentina's soybean oil exports came to 4.5 million tonnes over the 2021/22 "
                    "season, which runs from April to March, against 5.3 million tonnes a season "
                    "earlier.", date(2022, 6, 1))
    assert period(oil["4.5 million tonnes"]) == ("2021-04-01", "2022-03-31")
    assert period(oil["5.3 million tonnes"]) == ("2020-04-01", "2021-03-31")
    # (a season of something else says nothing of the split year's months)
    other = extracted("The planting season started in April. Chile's wheat imports in the "
                      "2018/19 season reached 900,000 tonnes.", MAY_2019)["900,000 tonnes"]
    assert period(other) == ("2018-01-01", "2019-12-31")
    peak = extracted("During the peak shipping season ending in September, Peru's sugar exports "
                     "rose to 15,000 tonnes.", MAY_2019)["15,000 tonnes"]
    assert period(peak) == ("2018-09-01", "2018-09-30")
    season = extracted("Russia has exported 45 million tonnes of wheat this season, which began on "
                       "July 1.", MAY_2019)["45 million tonnes"]
    assert period(season) == ("2018-07-01", "2019-06-30")
    ended = extracted("Egypt imported 12 million tonnes of wheat in the marketing season that "
                      "ended in April.", MAY_2019)["12 million tonnes"]
    assert period(ended) == ("2018-05-01", "2019-04-30")


def test_the_first_months_of_a_split_year_season_are_its_first_months() -> None:
    """`July-December 2023, the first six months of the 2023/24 season that ends on June 30,
    2024`: one stretch, July to December (the season's end names its months, no period), which
    `the six months` after it take up."""
    found = extracted("Turkey stayed the top buyer of Russian grain over July-December 2023, the "
                      "first six months of the 2023/24 season that ends on June 30, 2024, the "
                      "union said. Turkish imports of Russian grain over the six months fell 12.7% "
                      "to 4.3 million tonnes.", date(2024, 1, 10))
    assert period(found["4.3 million tonnes"]) == ("2023-07-01", "2023-12-31")


def test_goods_without_a_key_after_of_leave_the_commodity_unknown() -> None:
    """`imports of Russian aluminium`, `2.75 million tonnes of sunflower seed`: goods the taxonomy
    has no key for, so no commodity (not all trade); `imports of Russian goods` are all trade,
    `bpd of Russian grades` the crude named before."""
    found = extracted("Japan's imports of Russian aluminium rose 56% to 90,000 tons in March.",
                      MAY_2019)
    assert found["56%"].commodity is None and found["90,000 tons"].commodity is None
    seed = extracted("Ukraine sold 2.75 million tonnes of sunflower seed abroad in 2018.",
                     MAY_2019)["2.75 million tonnes"]
    assert seed.commodity is None
    goods = extracted("Japan's imports of Russian goods rose 5% to $10 billion in March.",
                      MAY_2019)["$10 billion"]
    assert goods.commodity == "trade"
    grades = extracted("India bought Russian crude in March: Reliance alone discharged about "
                       "560,000 bpd of Russian grades at Jamnagar.", MAY_2019)["560,000 bpd"]
    assert grades.commodity == "crude_oil"
    hedged = extracted("Russia's exports of well over 40 million tonnes of wheat make it the top "
                       "supplier.", MAY_2019)["40 million tonnes"]
    assert hedged.commodity == "wheat"
    owner = extracted("Exports of Vietnam rose 15% to $30 billion in the first quarter.",
                      MAY_2019)["$30 billion"]
    assert owner.commodity == "trade"
    anaphor = extracted("Canada is the largest potash producer. It exported 2 million tonnes of "
                        "the nutrient to Brazil in the first quarter.", MAY_2019)
    assert anaphor["2 million tonnes"].commodity == "fertilizer"
    for text in ("China's imports of US cotton rose to 500,000 tonnes in April.",
                 "Japan's imports of cotton of 80,000 tonnes in April were mostly from Australia."):
        assert all(c.commodity is None for c in extracted(text, MAY_2019).values())


def test_a_second_share_of_the_same_sentence_is_a_share() -> None:
    """`Iraq's share of Jordan's oil imports rose to 25 per cent last year and 51 per cent in
    January-March`, `eased to 34 per cent after 42 per cent in July`: shares (Iraq supplies
    Jordan), not changes; `portion` and `slice` are shares too."""
    found = extracted("Iraq's share of Jordan's oil imports rose to 25 per cent last year and 51 "
                      "per cent in January-March.", MAY_2019)
    for surface in ("25 per cent", "51 per cent"):
        assert (found[surface].kind, found[surface].exporter, found[surface].importer) == (
            "share", "IRQ", "JOR")
    eased = extracted("Iraq's portion of Jordan's crude purchases eased in April to 34 per cent "
                      "after 42 per cent in March.", MAY_2019)
    assert [eased[s].kind for s in ("34 per cent", "42 per cent")] == ["share", "share"]
    assert (eased["42 per cent"].exporter, eased["42 per cent"].importer) == ("IRQ", "JOR")


def test_a_share_set_off_after_its_noun_and_reached_after_the_aside() -> None:
    """`Iraq's slice of Jordan's total trade, just 1.2 per cent in 2017, rose to 3.1 per cent`:
    both are shares (the share noun is the subject before the aside)."""
    found = extracted("Iraq's slice of Jordan's total trade, just 1.2 per cent in 2017, rose to "
                      "3.1 per cent in 2018.", MAY_2019)
    assert found["1.2 per cent"].kind == "share" and found["3.1 per cent"].kind == "share"
    # (a clause with a subject of its own is not the share's)
    own = extracted("Russia's share of the EU's gas imports fell to 8% in 2018, while Norway's gas "
                    "exports to Europe rose to 5% more than in 2017.", MAY_2019)["5%"]
    assert own.kind == "change"
    auxiliary = extracted("Australia's share of China's iron ore imports, at 60% last year, has "
                          "now risen to 65%.", MAY_2019)["65%"]
    assert auxiliary.kind == "share"


def test_hyphened_amounts_with_a_short_scale_and_buyers_before_imports_of_goods_from() -> None:
    """`the 8.75m-ton peak` is 8.75 million tonnes (`a 5m-long pier` stays metres); `Chinese
    purchases of crude from Malaysia` are China's, from Malaysia (the demonym is the buyer)."""
    found = {q.surface: (q.value, q.unit) for q in extract_quantities(
        "The 8.75m-ton peak came before a 5m-long pier was built.")}
    assert found == {"8.75m-ton": (8750000.0, "t"), "5m": (5.0, "meter")}
    bought = extracted("Chinese purchases of crude from Malaysia dropped 36.2% to 5.07 million "
                       "tons in April.", MAY_2019)["5.07 million tons"]
    assert (bought.exporter, bought.importer) == ("MYS", "CHN")


def test_a_country_that_has_been_sent_goods_and_the_rows_after_it_are_receivers() -> None:
    """`Panama has been sent 160,000 tonnes ..., Cuba 33,000 tonnes and Uruguay 75,000 tonnes`
    after Russian diesel to Turkey: Panama got it (a passive's subject), and the rows after it
    change the side their row before named (Russia still the supplier)."""
    found = extracted("Some 0.8 million tonnes of Russian diesel has headed to Turkey since April "
                      "began. Panama has been sent 160,000 tonnes across March and April, Cuba "
                      "33,000 tonnes and Uruguay 75,000 tonnes.", date(2019, 4, 23))
    assert [(found[s].exporter, found[s].importer) for s in (
        "160,000 tonnes", "33,000 tonnes", "75,000 tonnes")] == [
        ("RUS", "PAN"), ("RUS", "CUB"), ("RUS", "URY")]
    allowed = extracted("Russia has been given approval to export 1 million tonnes of wheat this "
                        "month.", MAY_2019)["1 million tonnes"]
    assert (allowed.exporter, allowed.importer) == ("RUS", None)
    rows = extracted("Iraq increased crude shipments to India to 1.1 million bpd in April, China "
                     "900,000 bpd and South Korea 300,000 bpd.", MAY_2019)
    assert (rows["900,000 bpd"].exporter, rows["900,000 bpd"].importer) == ("IRQ", "CHN")


def test_a_definite_level_after_a_change_keeps_its_date_to_itself() -> None:
    """`13.3% below April 2018 and far short of the 8.75m-ton peak reached in February`: the
    change is of the month in force (April), the peak's February is the peak's only, and the
    next sentence goes on with April; `fivefold from $328 million in 1999 to $1.79 billion in
    2007` still takes the new level's year."""
    found = extracted("Chinese purchases of crude from Malaysia dropped 36.2% to 5.07m tons in "
                      "April. Volumes were also 13.3% below April 2018 and far short of the "
                      "8.75m-ton peak reached in February. Russian supplies eased 5.9% on the year "
                      "to 8.38m tons.", MAY_2019)
    assert period(found["13.3%"]) == ("2019-04-01", "2019-04-30")
    assert period(found["8.75m-ton"]) == ("2019-02-01", "2019-02-28")
    assert period(found["8.38m tons"]) == ("2019-04-01", "2019-04-30")
    fold = extracted("Trade across the border had expanded more than fivefold from $328.65 million "
                     "in 1999 to $1.79 billion in 2007.", MAY_2019)["fivefold"]
    assert period(fold) == ("2007-01-01", "2007-12-31")


def test_cost_multiples_are_no_claims() -> None:
    """`five times more expensive`, `dearer by roughly 2-2.5 times`: what transport costs, not a
    flow that changed."""
    assert not extracted("Shipping Belarusian potash has become between two and five times more "
                         "expensive since the sanctions, and rail haulage has grown dearer by "
                         "roughly 2-2.5 times.", MAY_2019)
