"""Rules of the fifteenth session of 2026-12-02, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.extract.quantities import extract_quantities

MARCH_2025 = date(2025, 3, 20)


def test_a_state_exporter_names_its_country() -> None:
    """`Inter RAO sold Latvia ...`: a state utility sells for its country, as Gazprom does."""
    found = extracted("Inter RAO sold Latvia 1.4 billion kWh of electricity in 2024.",
                      MARCH_2025)
    claim = found["1.4 billion kWh"]
    assert (claim.exporter, claim.importer) == ("RUS", "LVA")
    diamonds = extracted("Alrosa sold $310 million of rough diamonds to India in 2024.",
                         MARCH_2025)
    assert diamonds["$310 million"].exporter == "RUS"


def test_end_up_is_no_rise() -> None:
    """`to end up 6% below last year's`: `end up` is to finish, and the fall is below the base;
    `ended down 6%` still reads as a fall."""
    found = extracted("The ministry expects Peru's copper exports to end up roughly 6% below "
                      "last year's.", MARCH_2025)
    assert found["6%"].direction == "down"
    higher = extracted("The ministry expects Peru's copper exports to end up 6% higher than "
                       "last year.", MARCH_2025)
    assert higher["6%"].direction == "up"
    fell = extracted("Peru's copper exports ended down 6% last year.", MARCH_2025)
    assert fell["6%"].direction == "down"


def test_teu_is_a_unit_of_containers_and_its_long_name_no_quantity() -> None:
    """`1.2 million TEUs (twenty-foot equivalent units)`: one quantity in TEU; the spelled
    `twenty-foot` of the unit's name measures nothing."""
    text = "The line carried 1.2 million TEUs (twenty-foot equivalent units) last year."
    quantities = extract_quantities(text)
    assert [(q.surface, q.value, q.unit) for q in quantities] == [
        ("1.2 million TEUs", 1_200_000.0, "TEU")]
    spelled = extract_quantities("The port handled 310,000 twenty-foot equivalent units.")
    assert [(q.value, q.unit) for q in spelled] == [(310_000.0, "TEU")]
    plain = extract_quantities("The yard stacks twenty-foot boxes.")
    assert [(q.value, q.unit) for q in plain] == [(20.0, "foot")]


def test_containers_counted_in_teu_are_a_flow_of_unnamed_goods() -> None:
    """TEU is no currency: `Rail exports from Kazakhstan to China reached 94,000 TEU` is a
    claim whose goods are unknown, not all trade (which is counted in money or tonnes)."""
    found = extracted("Rail exports from Kazakhstan to China reached 94,000 TEU in 2024, up "
                      "12% on the year.", MARCH_2025)
    claim = found["94,000 TEU"]
    assert (claim.kind, claim.unit, claim.commodity) == ("level", "TEU", None)
    assert (claim.exporter, claim.importer) == ("KAZ", "CHN")
    money = extracted("Exports from Kazakhstan to China reached $94 million in 2024.",
                      MARCH_2025)
    assert money["$94 million"].commodity == "trade"


def test_crude_before_an_edible_oil_is_no_crude_oil() -> None:
    """`crude palm oil`, `crude sunflower oil` are edible oils (food); bare `crude` stays crude
    oil."""
    palm = extracted("Malaysia shipped 61,000 tonnes of crude palm oil to Kenya in May.",
                     MARCH_2025)
    assert palm["61,000 tonnes"].commodity == "food"
    sunflower = extracted("Peru bought 8,000 tonnes of crude sunflower oil in May.", MARCH_2025)
    assert sunflower["8,000 tonnes"].commodity == "food"
    crude = extracted("Angola shipped 61,000 tonnes of crude to Kenya in May.", MARCH_2025)
    assert crude["61,000 tonnes"].commodity == "crude_oil"


def test_farm_goods_by_name_are_food() -> None:
    """Honey, cheese, eggs, tomatoes, pineapples are food (HS 04, 07, 08)."""
    for goods in ("honey", "cheese", "eggs", "tomatoes", "pineapples", "palmolein"):
        found = extracted(f"Peru exported 4,100 tonnes of {goods} to Chile in May.",
                          MARCH_2025)
        assert found["4,100 tonnes"].commodity == "food", goods


def test_a_sea_or_region_named_north_is_no_north_korea() -> None:
    """`the North Caucasus`, `the North Sea`: no `the North` (North Korea) in them."""
    found = extracted("Russian customs officers in the North Caucasus cleared 7.8 million tons "
                      "of cargo bound for Georgia since January.", MARCH_2025)
    assert found["7.8 million tons"].exporter != "PRK"
    sea = extracted("Norway shipped 3 million tonnes of crude from the North Sea to China in "
                    "May.", MARCH_2025)
    assert (sea["3 million tonnes"].exporter, sea["3 million tonnes"].importer) == (
        "NOR", "CHN")


def test_a_supplier_with_a_share_after_a_comma_supplies_the_owner() -> None:
    """`Peru is Chile's second-biggest copper supplier, with 28% of its imports`: Peru sells
    to Chile (the comma does not break the role); owned by a bloc with no code, the buyer is
    unknown."""
    found = extracted("Peru is Chile's second-biggest copper supplier, with 28% of its copper "
                      "imports.", MARCH_2025)
    assert (found["28%"].exporter, found["28%"].importer) == ("PER", "CHL")
    bloc = extracted("Peru is the bloc's second-biggest copper supplier, with 28% of its "
                     "copper imports.", MARCH_2025)
    assert (bloc["28%"].exporter, bloc["28%"].importer) == ("PER", None)
    market = extracted("Peru is the EU's biggest copper market, with 9% of its copper "
                       "exports.", MARCH_2025)
    assert (market["9%"].exporter, market["9%"].importer) == (None, "PER")


def test_countries_in_a_with_clause_are_not_the_figure_s_sides() -> None:
    """`..., with Peru and Bolivia now the main sellers`: a circumstance added after a comma;
    Chile's total imports have no single seller."""
    found = extracted("Chile's copper imports rose 9% to 135,000 tonnes in May, with Peru and "
                      "Bolivia now the main sellers.", MARCH_2025)
    claim = found["135,000 tonnes"]
    assert (claim.exporter, claim.importer) == (None, "CHL")


def test_every_currency_the_lexicon_names_is_money() -> None:
    """Dinars, rupees, shillings and pesos resolved by the country named near them are money
    (the currency check reads the lexicon's codes, so each code it can give must be there)."""
    found = extracted("Iraq's non-oil exports rose to 4.2 trillion dinars in 2022.", MARCH_2025)
    assert found["4.2 trillion dinars"].unit == "IQD"
    tea = extracted("Sri Lanka's tea exports earned 410 billion rupees in 2024.", MARCH_2025)
    assert tea["410 billion rupees"].unit == "LKR"


def test_crude_then_a_comma_stays_crude_oil() -> None:
    """`of crude, palm oil imports aside`: the comma ends the goods; crude is crude oil."""
    found = extracted("Iraq shipped 3.5 million bpd of crude, palm oil imports aside, in "
                      "March.", MARCH_2025)
    assert found["3.5 million bpd"].commodity == "crude_oil"


def test_a_with_clause_naming_who_supplies_all_of_it_is_the_figure_s_side() -> None:
    """`, with Peru supplying nearly all of it`, `, with Peru to supply the ore`: the country
    supplies the whole figure, so it is its side (not a circumstance); `most of it` is not."""
    found = extracted("Chile imported 100,000 tonnes of fertilizer, with Peru supplying nearly "
                      "all of it.", MARCH_2025)
    assert (found["100,000 tonnes"].exporter, found["100,000 tonnes"].importer) == (
        "PER", "CHL")
    planned = extracted("Chile will import 750,000 tonnes of wheat, with Peru to supply the "
                        "grain under a government deal.", MARCH_2025)
    assert planned["750,000 tonnes"].exporter == "PER"
    most = extracted("Chile imported 100,000 tonnes of fertilizer, with Peru supplying most "
                     "of it.", MARCH_2025)
    assert most["100,000 tonnes"].exporter is None


def test_a_state_company_s_foreign_unit_is_not_its_country() -> None:
    """`Rusal's Aughinish refinery in Ireland shipped ... to Russia`: the unit, in Ireland,
    ships; Rusal's country is not its side."""
    found = extracted("Rusal's Aughinish refinery in Ireland shipped 1.9 million tonnes of "
                      "alumina to Russia in 2021.", MARCH_2025)
    claim = found["1.9 million tonnes"]
    assert (claim.exporter, claim.importer) == ("IRL", "RUS")


def test_a_bloc_s_supplier_is_the_subject_not_the_one_overtaken() -> None:
    """`Peru overtook Chile as the EU's top copper supplier, with 40% of its imports`: Peru."""
    found = extracted("Peru overtook Chile as the EU's top copper supplier, with 40% of its "
                      "copper imports.", MARCH_2025)
    assert (found["40%"].exporter, found["40%"].importer) == ("PER", None)


def test_soyoil_spellings_and_plants_counted() -> None:
    """`soyoil`, `crude soyabean oil` are soybean oil; `four abattoirs` counts plants, not
    goods."""
    found = extracted("Peru's soyoil imports climbed to 52,614 tonnes in May.", MARCH_2025)
    assert found["52,614 tonnes"].commodity == "soybean_oil"
    crude = extracted("Peru imported 18,604 tonnes of crude soyabean oil in May.", MARCH_2025)
    assert crude["18,604 tonnes"].commodity == "soybean_oil"
    plants = extracted("Chile suspended beef imports from four Peruvian abattoirs in May.",
                       MARCH_2025)
    assert "four Peruvian abattoirs" not in plants and "four" not in plants


def test_a_firm_s_name_keeps_its_comma_as_a_source() -> None:
    """`..., Andes Rail Group Co., Ltd said`: the comma before `Ltd` is part of the name."""
    found = extracted("Exports rose 5% to 2 million tonnes in May, Andes Rail Group Co., Ltd "
                      "said on Monday.", MARCH_2025)
    assert found["2 million tonnes"].attribution == "Andes Rail Group Co., Ltd"
    according = extracted("Peru's exports rose 5% to 2 million tonnes in May, according to "
                          "Andes Rail Group Co., Ltd.", MARCH_2025)
    assert according["2 million tonnes"].attribution == "Andes Rail Group Co., Ltd"


def test_unkeyed_goods_of_a_subject_before_a_description_stay_unknown() -> None:
    """`Peru's indium sales to Japan, the world's biggest chip-making hub, dropped 40%`: the
    subject's goods have no key, so the figure is not all trade; keyed goods stay."""
    found = extracted("Peru's indium sales to Japan, the world's biggest chip-making hub, "
                      "dropped 40% in May.", MARCH_2025)
    assert found["40%"].commodity is None
    assert (found["40%"].exporter, found["40%"].importer) == ("PER", "JPN")
    keyed = extracted("Peruvian coal exports to Japan, the world's third-biggest coal buyer, "
                      "rose 12% in May.", MARCH_2025)
    assert keyed["12%"].commodity == "coal"


def test_a_month_named_alone_after_a_whole_year_is_the_latest_one_when_just_ended() -> None:
    """In a February 2024 report, after figures for 2023, `in January` is January 2024 (the
    latest figures); a month not yet over at publication, or further back, keeps the year in
    force (`44,655 barrels delivered in January` of a 2023 total, reported on January 10)."""
    text = ("Peru's copper exports reached 2 million tonnes in 2023. Chile was again the top "
            "buyer in January, taking 150,000 tonnes.")
    latest = extracted(text, date(2024, 2, 20))["150,000 tonnes"]
    assert (latest.period_start, latest.period_end) == ("2024-01-01", "2024-01-31")
    running = extracted(text, date(2024, 1, 10))["150,000 tonnes"]
    assert running.period_start == "2023-01-01"
    older = extracted(text, date(2024, 6, 20))["150,000 tonnes"]
    assert older.period_start == "2023-01-01"


def test_a_with_clause_about_a_part_or_a_rank_stays_a_circumstance() -> None:
    """`, with Brazil taking the lead`, `, with Morocco providing the phosphate`: a rank or a
    part, not the seller of all of it."""
    lead = extracted("Chile imported 800,000 tonnes of sugar in 2021, with Brazil taking the "
                     "lead.", MARCH_2025)
    assert lead["800,000 tonnes"].exporter is None
    part = extracted("Chile imported 600,000 tonnes of fertilizer, with Morocco providing the "
                     "phosphate.", MARCH_2025)
    assert part["600,000 tonnes"].exporter is None


def test_a_state_company_s_own_arm_at_home_keeps_its_country() -> None:
    """`Gazprom's export arm`, `Severstal's mills`: units named with no other country act for
    the company's country."""
    arm = extracted("Gazprom's export arm sold 62 billion cubic meters of gas to Turkey in "
                    "2022.", MARCH_2025)
    assert arm["62 billion cubic meters"].exporter == "RUS"
    mills = extracted("Severstal's mills shipped 1 million tonnes of steel to Turkey in 2022.",
                      MARCH_2025)
    assert mills["1 million tonnes"].exporter == "RUS"


def test_a_bloc_s_supplier_is_the_subject_of_its_own_clause() -> None:
    """`When Lima halted deliveries, Chile became the bloc's biggest copper supplier, with 25%
    of its imports`: Chile, not the country of the clause before."""
    found = extracted("When Lima halted deliveries, Chile became the bloc's biggest copper "
                      "supplier, with 25% of its copper imports.", MARCH_2025)
    assert found["25%"].exporter == "CHL"


def test_terminals_and_mines_sent_are_goods() -> None:
    """`5,000 Starlink terminals`, `10,000 anti-tank mines` sent abroad are goods counted."""
    found = extracted("Poland sent 5,000 Starlink terminals to Ukraine in 2022.", MARCH_2025)
    assert (found["5,000 Starlink terminals"].exporter,
            found["5,000 Starlink terminals"].importer) == ("POL", "UKR")


def test_the_latest_month_beats_an_older_month_in_force() -> None:
    """In an April 2024 report, after February's figures and `last June`'s peak, `Chile took
    84,000 tonnes in February` is February 2024; the months of a `respectively` list keep the
    year of the months in force (`in March and February, respectively`)."""
    found = extracted("Peru's copper exports hit 158,000 tonnes in February. The previous peak, "
                      "last June, was 159,000 tonnes. Chile took 84,000 tonnes in February.",
                      date(2024, 4, 8))
    assert found["84,000 tonnes"].period_start == "2024-02-01"
    listed = extracted("Chile took 1.74 million tonnes of Peruvian copper in March, up from 1.48 "
                       "million tonnes in February. Peru's overall copper exports averaged 1.83 "
                       "million tonnes and 1.61 million tonnes in March and February, "
                       "respectively.", date(2024, 4, 9))
    assert listed["1.83 million tonnes"].period_start == "2024-03-01"


def test_words_that_are_also_idioms_are_goods_only_beside_a_trade_word() -> None:
    """`tonnes of milk`, `lamb exports` are food; `milk the sanctions regime`, `the bread and
    butter of its economy`, `Analyst Thomas Lamb` are no goods."""
    milk = extracted("Chile imported 3 million tonnes of milk from Peru in 2022.", MARCH_2025)
    assert milk["3 million tonnes"].commodity == "food"
    lamb = extracted("Peru's lamb exports to Chile rose 15% to 60,000 tonnes in 2022.",
                     MARCH_2025)
    assert lamb["60,000 tonnes"].commodity == "food"
    idiom = extracted("Trade with Chile is the bread and butter of Peru's economy, with exports "
                      "to Chile rising 20% to $12 billion in 2022.", MARCH_2025)
    assert idiom["$12 billion"].commodity == "trade"
    verb = extracted("Officials accused Lima of trying to milk the rules, as exports to Chile "
                     "rose 5% to $30 million in 2022.", MARCH_2025)
    assert verb["$30 million"].commodity == "trade"
