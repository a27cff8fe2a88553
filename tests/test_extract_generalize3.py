"""Claim fields from invented sentences in the registers of development set 3 (headlines,
translated press, tables as sentences, buyers as subjects, transit countries).

Each test is named after what went wrong; quantities are written out by hand, so only the claim
logic is exercised.
"""

from __future__ import annotations

from datetime import date

from claim_helpers import by_surface as surfaces
from claim_helpers import parties, quantity_at
from tradetrace.model import Claim, Quantity

MARCH_2023 = date(2023, 3, 1)

q = quantity_at


def by_surface(text: str, *quantities: tuple[str, float, str] | Quantity,
               published: date | None = MARCH_2023) -> dict[str, Claim]:
    return surfaces(text, quantities, published)


def test_the_agent_of_exports_owns_the_imports_that_follow() -> None:
    text = ("Exports by Belarus rose 3 percent to $40 billion in 2022, while imports fell 2 "
            "percent to $42 billion.")
    found = by_surface(text, ("$40 billion", 4e10, "USD"), ("$42 billion", 4.2e10, "USD"))
    assert parties(found["$40 billion"]) == ("BLR", None, False)
    assert parties(found["$42 billion"]) == (None, "BLR", False)


def test_a_demonym_before_goods_bought_is_their_origin() -> None:
    text = "Japan bought $310 million of Turkish goods in 2022."
    found = by_surface(text, ("$310 million", 3.1e8, "USD"))
    assert parties(found["$310 million"]) == ("TUR", "JPN", False)


def test_traded_and_commerce_name_total_trade() -> None:
    text = "Japan and Vietnam traded $48 billion in 2022, and their commerce grew 4 percent."
    found = by_surface(text, ("$48 billion", 4.8e10, "USD"), ("4 percent", 4, "percent"))
    assert found["$48 billion"].commodity == "trade"
    assert found["4 percent"].commodity == "trade"


def test_a_country_s_customs_is_the_other_side_of_the_flows_it_reports() -> None:
    text = ("Kazakh customs put trade with Mongolia at $310 million in 2022, while Mongolian "
            "exports fell 12 percent to $45 million.")
    found = by_surface(text, ("$310 million", 3.1e8, "USD"), ("12 percent", 12.0, "percent"),
                       ("$45 million", 4.5e7, "USD"))
    assert {found["$310 million"].exporter, found["$310 million"].importer} == {"KAZ", "MNG"}
    assert found["$310 million"].two_way
    assert parties(found["$45 million"]) == ("MNG", "KAZ", False)


def test_customs_logging_a_figure_is_its_source() -> None:
    text = "Indian customs logged 2.4 million tonnes of Russian coal in March 2022."
    found = by_surface(text, ("2.4 million tonnes", 2.4e6, "t"))
    assert found["2.4 million tonnes"].attribution == "Indian customs"
    assert parties(found["2.4 million tonnes"]) == ("RUS", "IND", False)


def test_a_total_of_trade_stays_its_owner_s_own_under_a_partner_s_customs() -> None:
    text = "Mongolia's total trade reached $21 billion in 2022, Chinese customs data show."
    found = by_surface(text, ("$21 billion", 2.1e10, "USD"))
    assert parties(found["$21 billion"]) == ("MNG", None, True)


def test_a_rival_supplier_s_figure_after_against_is_not_an_earlier_level() -> None:
    text = ("Brazil overtook Australia in 2022: Japanese customs logged 48 million tonnes of "
            "Australian iron ore against 31 million tonnes from Brazil.")
    found = by_surface(text, ("48 million tonnes", 4.8e7, "t"), ("31 million tonnes", 3.1e7, "t"))
    rival = found["31 million tonnes"]
    assert (rival.period_start, rival.period_end) == ("2022-01-01", "2022-12-31")
    assert parties(rival) == ("BRA", "JPN", False)
    assert parties(found["48 million tonnes"]) == ("AUS", "JPN", False)


def test_against_an_amount_of_the_previous_year_is_still_its_old_level() -> None:
    text = ("Chile shipped 2 million tonnes of copper to China in 2022, against 1.5 million "
            "tonnes in 2021.")
    found = by_surface(text, ("2 million tonnes", 2e6, "t"), ("1.5 million tonnes", 1.5e6, "t"))
    assert found["1.5 million tonnes"].period_start == "2021-01-01"


def test_a_deal_goods_move_under_is_an_agreement_not_trade() -> None:
    text = ("About 12 million tonnes of Kazakh wheat left Caspian ports under the new transit "
            "deal in 2022, about a third of it bound for Iran.")
    found = by_surface(text, ("12 million tonnes", 1.2e7, "t"), ("a third", 33.3, "percent"))
    assert parties(found["12 million tonnes"]) == ("KAZ", None, False)
    assert parties(found["a third"]) == ("KAZ", "IRN", False)


def test_a_transit_country_off_whose_coast_cargoes_are_moved_is_not_a_party() -> None:
    text = ("Angolan crude is moved between tankers off Namibia; Angola's exports averaged "
            "1.1 million b/d in 2023, almost 60% of it bound for India.")
    found = by_surface(text, ("1.1 million b/d", 1.1e6, "bbl/d"), ("60%", 60.0, "percent"))
    assert parties(found["1.1 million b/d"]) == ("AGO", None, False)
    assert parties(found["60%"]) == ("AGO", "IND", False)


def test_the_destination_of_most_of_the_goods_is_not_the_total_s() -> None:
    text = ("Colombian coal exports averaged 5 million tonnes a month last year, with most "
            "cargoes ending up in Turkey through traders.")
    found = by_surface(text, ("5 million tonnes", 5e6, "t"))
    assert parties(found["5 million tonnes"]) == ("COL", None, False)


def test_an_appositive_does_not_cut_the_flow_from_its_verb() -> None:
    text = ("Japanese exports to Vietnam rose 4% to $20 billion in 2022, while Vietnamese "
            "shipments to Japan, mainly textiles, phones and seafood, climbed 9% to $24 billion.")
    found = by_surface(text, ("$20 billion", 2e10, "USD"), ("9%", 9.0, "percent"),
                       ("$24 billion", 2.4e10, "USD"))
    assert parties(found["$24 billion"]) == ("VNM", "JPN", False)
    assert parties(found["9%"]) == ("VNM", "JPN", False)


def test_a_verb_of_the_other_direction_after_and_reverses_the_flow() -> None:
    text = ("In 2019 Hanoi sold $900 million of goods to Bangkok and bought $1.4 billion, "
            "out of total trade of $2.3 billion, up 8 percent.")
    found = by_surface(text, ("$900 million", 9e8, "USD"), ("$1.4 billion", 1.4e9, "USD"),
                       ("$2.3 billion", 2.3e9, "USD"),
                       q(text, "8 percent", 8.0, "percent", change="up"))
    assert parties(found["$900 million"]) == ("VNM", "THA", False)
    assert parties(found["$1.4 billion"]) == ("THA", "VNM", False)
    assert parties(found["$2.3 billion"]) == ("VNM", None, True)


def test_a_pronoun_buyer_of_the_other_direction_is_the_earlier_seller() -> None:
    text = ("Ankara bought $40 mn of Iraqi goods last year and sold it $95 mn worth, trade "
            "data show.")
    found = by_surface(text, ("$40 mn", 4e7, "USD"), ("$95 mn", 9.5e7, "USD"))
    assert parties(found["$40 mn"]) == ("IRQ", "TUR", False)
    assert parties(found["$95 mn"]) == ("TUR", "IRQ", False)


def test_a_yearly_ceiling_after_an_owner_is_a_cap_of_the_annual_amount() -> None:
    text = ("Officials say Beijing sent Pyongyang 90,000 barrels of refined products in May, "
            "pushing deliveries toward the UN's 500,000-barrel yearly ceiling.")
    found = by_surface(text, ("90,000 barrels", 9e4, "bbl"),
                       ("500,000-barrel yearly", 5e5, "bbl/yr"))
    cap = found["500,000-barrel yearly"]
    assert (cap.kind, cap.unit, cap.commodity) == ("cap", "bbl", "refined_petroleum")


def test_a_supplier_s_amount_measured_against_the_cap_goes_to_its_target() -> None:
    text = ("Moscow's 40,000 barrels of refined fuel for 2022 took up only 8% of the cap set "
            "by Resolution 2397, a panel tally showed.")
    found = by_surface(text, ("40,000 barrels", 4e4, "bbl"), ("8%", 8.0, "percent"))
    assert parties(found["40,000 barrels"]) == ("RUS", "PRK", False)
    assert found["8%"].kind == "share"
    assert parties(found["8%"]) == ("RUS", "PRK", False)


def test_a_trade_word_after_and_its_heads_the_next_coordinate() -> None:
    text = ("Laos's exports last year rose 6% to $8.1 billion and its imports fell 2% to "
            "$7.2 billion, the statistics bureau said.")
    found = by_surface(text, ("$8.1 billion", 8.1e9, "USD"), ("$7.2 billion", 7.2e9, "USD"))
    assert parties(found["$8.1 billion"]) == ("LAO", None, False)
    assert parties(found["$7.2 billion"]) == (None, "LAO", False)


def test_a_yearly_rate_takes_no_since_period_from_another_clause() -> None:
    text = ("Gazprom pumps 38 billion cubic metres of gas a year to CNPC through Siberia, a "
            "line in use since 2019.")
    found = by_surface(text, ("38 billion cubic metres", 3.8e10, "cubic_meter"),
                       published=date(2024, 5, 1))
    claim = found["38 billion cubic metres"]
    assert (claim.period_start, claim.period_end) == (None, None)
    assert parties(claim) == ("RUS", "CHN", False)


def test_with_no_trade_word_a_subject_moving_goods_to_a_destination_sends_them() -> None:
    text = "In 2022 Petronas railed 2 million tonnes of crude to China."
    found = by_surface(text, ("2 million tonnes", 2e6, "t"))
    assert parties(found["2 million tonnes"]) == ("MYS", "CHN", False)


def test_each_table_row_s_country_goes_with_its_own_figures() -> None:
    text = ("Japan's LNG imports by supplier, 2023: Australia 27.1 mt (+3%); Malaysia 9.2 mt "
            "(-4.5%); Qatar 3.3 mt (+12%).")
    found = by_surface(text, ("27.1 mt", 2.71e7, "t"),
                       q(text, "3%", 3.0, "percent", change="up"),
                       ("9.2 mt", 9.2e6, "t"),
                       q(text, "4.5%", 4.5, "percent", change="down"),
                       ("3.3 mt", 3.3e6, "t"),
                       q(text, "12%", 12.0, "percent", change="up"))
    assert parties(found["27.1 mt"]) == ("AUS", "JPN", False)
    assert parties(found["3%"]) == ("AUS", "JPN", False)
    assert parties(found["4.5%"]) == ("MYS", "JPN", False)
    assert parties(found["3.3 mt"]) == ("QAT", "JPN", False)
    assert parties(found["12%"]) == ("QAT", "JPN", False)


def test_potash_is_fertilizer_and_a_yearly_rate_is_not_dated_by_an_event_clause() -> None:
    text = ("Before Riga closed the route in March 2021, about 2 million tonnes a year of "
            "Belarusian potash had gone out through Ventspils.")
    found = by_surface(text, ("2 million tonnes a year", 2e6, "t/yr"))
    claim = found["2 million tonnes a year"]
    assert claim.commodity == "fertilizer"
    assert parties(claim) == ("BLR", None, False)
    assert (claim.period_start, claim.period_end) == (None, None)


def test_a_currency_trading_at_a_rate_is_not_a_trade_claim() -> None:
    text = "In Havana's street markets the euro traded above 300 pesos in early 2024, vendors said."
    found = by_surface(text, ("300 pesos", 300.0, "CUP"), published=date(2024, 3, 1))
    assert found == {}


def test_a_year_before_right_after_the_old_level_steps_back_from_the_new_one() -> None:
    text = ("Exports by Hanoi climbed 9 percent to $370 billion last year from $340 billion a "
            "year before.")
    found = by_surface(text, q(text, "9 percent", 9.0, "percent", change="up"),
                       ("$370 billion", 3.7e11, "USD"), ("$340 billion", 3.4e11, "USD"),
                       published=date(2023, 2, 1))
    assert found["$370 billion"].period_start == "2022-01-01"
    assert found["$340 billion"].period_start == "2021-01-01"
