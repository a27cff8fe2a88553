"""Rules of the seventh session of 2026-12-01, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted, parties
from tradetrace.extract.quantities import extract_quantities

MARCH_2024 = date(2024, 3, 8)


def test_bare_exports_and_imports_take_the_home_sides_direction() -> None:
    """`Exports`/`Imports` naming no country, after the paragraph's flows between one pair: the
    reporting customs' (or the flow nouns' owner's) exports go to the other side."""
    reported = extracted("Turkish customs put last year's two-way trade with Iraq at about $19 "
                         "billion. Exports reached $12.8 billion. Imports came to roughly $6.2 "
                         "billion.", MARCH_2024)
    assert parties(reported["$12.8 billion"]) == ("TUR", "IRQ", False)
    assert parties(reported["$6.2 billion"]) == ("IRQ", "TUR", False)
    owned = extracted("India's purchases from Russia fell 12 percent in February, the ministry "
                      "said. Indian exports of drugs and machinery to Russia rose 30 percent. "
                      "Exports climbed 9 percent to $420 million in January-February.",
                      MARCH_2024)
    assert parties(owned["$420 million"]) == ("IND", "RUS", False)
    assert parties(owned["9 percent"]) == ("IND", "RUS", False)


def test_the_customs_country_is_the_reporter_when_the_source_names_others_too() -> None:
    """`Indian customs figures cited by Japan's Nikkei`: India's customs report the flow, so
    India is the unnamed side of `The country imported ...` (Japan only relays the figures)."""
    found = extracted("Nepal's demand for Indian diesel rose in May, according to Indian "
                      "customs figures cited by Japan's Nikkei on Monday. The country imported "
                      "91,000 tons of diesel last month.", MARCH_2024)
    assert parties(found["91,000 tons"]) == ("IND", "NPL", False)


def test_ships_before_the_country_it_gives_to_is_an_export() -> None:
    """`Iran ships Syria 60,000 barrels`: a double object; the country after `ships` receives."""
    found = extracted("Iran ships Syria about 60,000 barrels of crude a day, a tanker tracker "
                      "said. Russia shipped the Philippines 200,000 tonnes of coal in May.",
                      MARCH_2024)
    assert parties(found["60,000 barrels of crude a day"]) == ("IRN", "SYR", False)
    assert parties(found["200,000 tonnes"]) == ("RUS", "PHL", False)


def test_a_change_on_the_same_period_of_a_year_is_of_the_later_period() -> None:
    found = extracted("Over January-September, Egypt's wheat imports totaled 9.1 million tons, "
                      "down 7.4% on the same period of 2023.", date(2024, 11, 2))
    change = found["7.4%"]
    assert (change.kind, change.period_start, change.period_end) == (
        "change", "2024-01-01", "2024-09-30")


def test_the_two_of_a_pair_and_named_stretches_of_months_are_not_quantities() -> None:
    text = ("Trade between the two countries fell, and the two sides met in May. Over the five "
            "months, Laos bought 40 trucks. Sales barely moved in the year's first eight months. "
            "He made two trips, and they visited the three cities.")
    found = {q.surface for q in extract_quantities(text)}
    assert found == {"40 trucks", "two trips", "three cities"}


def test_a_demonym_before_purchases_is_the_buyer_when_an_origin_is_named() -> None:
    found = extracted("Its share of Turkish gas purchases rose to 40% as imports from Azerbaijan "
                      "climbed to 9 billion cubic meters in 2023.", MARCH_2024)
    assert parties(found["9 billion cubic meters"]) == ("AZE", "TUR", False)


def test_a_one_way_clause_with_its_own_side_keeps_it_beside_the_pair() -> None:
    """`Purchases from the sanctioned state slipped ..., so trade between the two neighbours
    grew`: the pair belongs to the second clause; the first is the flow from the epithet's
    country (an epithet that only some countries fit stands for the one of them named)."""
    found = extracted("Russian sales to Iran came to $1.2 billion in the first half, Russian "
                      "customs said. Purchases from the sanctioned state, however, slipped 9 "
                      "percent in the period, so trade between the two neighbours rose by just "
                      "2 percent.", date(2024, 8, 2))
    assert parties(found["9 percent"]) == ("IRN", "RUS", False)
    assert parties(found["2 percent"]) == ("RUS", "IRN", True)


def test_a_percent_rise_on_the_same_stretch_of_a_year_is_of_the_later_period() -> None:
    found = extracted("Oman's shipments to India were worth $2.5 billion over January-June, a "
                      "20.9 percent rise on the same stretch of 2023.", date(2024, 8, 1))
    assert (found["20.9 percent"].period_start, found["20.9 percent"].period_end) == (
        "2024-01-01", "2024-06-30")


def test_since_the_start_of_a_named_year_and_a_month_range_period_of_last_year() -> None:
    found = extracted("Kazakhstan has sent Uzbekistan more than 1,270 tons of flour since the "
                      "start of 2024, customs said.", date(2024, 5, 15))
    assert (found["1,270 tons"].period_start, found["1,270 tons"].period_end) == (
        "2024-01-01", "2024-05-31")
    later = extracted("Georgia's imports of Russian flour rose to 3.3 million dollars in the "
                      "January-July period of last year.", date(2026, 1, 9))
    assert (later["3.3 million dollars"].period_start,
            later["3.3 million dollars"].period_end) == ("2025-01-01", "2025-07-31")


def test_a_participle_clause_turns_round_with_the_subject_the_sentence_opens_with() -> None:
    found = extracted("Thai sales to Laos rose to $198 million in January. Goods travelling "
                      "the other way did badly, sinking 74 percent to $10 million.",
                      MARCH_2024)
    assert parties(found["74 percent"]) == ("LAO", "THA", False)
    assert parties(found["$10 million"]) == ("LAO", "THA", False)
    # the sentence's first flow turns round; a participle after it goes on with it
    onward = extracted("Thai sales to Laos rose to $198 million in January. In return, Laos "
                       "sent $40 million of power, bringing its sales to $90 million.",
                       MARCH_2024)
    assert parties(onward["$40 million"]) == ("LAO", "THA", False)
    assert parties(onward["$90 million"]) == ("LAO", "THA", False)


def test_a_country_before_a_persons_office_is_named_but_no_party() -> None:
    """`U.S. President Joe Biden praised the trade`: the United States is no side of the
    trade; `Russian President Vladimir Putin` still names Russia for `the two countries`."""
    found = extracted("Thai trade with Laos grew to $5.1 billion in 2023. On Monday U.S. "
                      "President Joe Biden praised the trade, saying it had risen about 30 "
                      "percent in two years.", date(2024, 3, 8))
    assert parties(found["30 percent"]) == ("THA", "LAO", True)
    paired = extracted("As Iranian President Masoud Pezeshkian visits Russian President "
                       "Vladimir Putin, commerce between the two countries looks modest. Their "
                       "trade peaked at about $5 billion in 2022.", date(2025, 1, 17))
    assert parties(paired["$5 billion"]) == ("IRN", "RUS", True)


def test_amounts_in_the_currency_of_a_paragraphs_unit_prices_are_prices() -> None:
    text = ("A kilogram of maize sold for 9,600 kyat in Yangon on May 25, 6.7% more than the "
            "9,000 kyat recorded on May 10. In Mandalay, maize rose 6.5% over the same period "
            "to 9,800 kyat. Myanmar exported 120,000 tonnes of maize to China in April, up 12%.")
    found = extracted(text, date(2025, 5, 28))
    assert set(found) == {"120,000 tonnes", "12%"}
    # a sentence with a trade word of its own is not a price (`ahead of China at $5.6 billion`)
    trade = extracted("Each ton of exports was worth $348 on average. The UAE was the largest "
                      "source of Iran's imports at $5.8 billion, ahead of China at $5.6 billion.",
                      date(2023, 8, 2))
    assert {"$5.8 billion", "$5.6 billion"} <= set(trade)


def test_a_countrys_own_export_total_and_its_destinations_shares() -> None:
    """`Iran's seaborne oil exports reached 430m barrels`: to everyone (the article's most-named
    country is no side); the shares after it go from Iran to each destination, gapped `X for N%`
    list items too."""
    text = ("Iraq's seaborne oil exports grew last year, reaching nearly 1.2bn barrels. India was "
            "by far the largest destination, taking about 30.8% of the total. China accounted "
            "for 27.2%, Greece for 4.6% and Italy for 2.7%. India's refiners process most of the "
            "Iraqi crude, and India's demand keeps rising.")
    found = extracted(text, date(2023, 1, 16))
    assert parties(found["1.2bn barrels"]) == ("IRQ", None, False)
    assert parties(found["30.8%"]) == ("IRQ", "IND", False)
    assert parties(found["27.2%"]) == ("IRQ", "CHN", False)
    assert parties(found["4.6%"]) == ("IRQ", "GRC", False)
    assert parties(found["2.7%"]) == ("IRQ", "ITA", False)


@pytest.mark.parametrize(("text", "surface", "key"), [
    ("Angola's exports of crude and refined products fell 17% in May to 874,500 barrels per "
     "day.", "874,500 barrels per day", "oil"),
    ("Russia shipped diesel and gasoline worth $2 billion to Brazil.", "$2 billion",
     "refined_petroleum"),
    ("Russia shipped wheat and corn worth $2 billion to Egypt.", "$2 billion", "grain"),
    ("Russia agreed to ship fuel, fertiliser and food worth about $100 million to Mali.",
     "$100 million", "trade"),
])
def test_goods_named_together_are_the_most_specific_key_true_of_all(
        text: str, surface: str, key: str) -> None:
    assert extracted(text, MARCH_2024)[surface].commodity == key


def test_reported_would_is_planned_and_a_second_predicates_cue_is_its_own() -> None:
    planned = extracted("Algeria will send Niger fuel and flour next month, an official said. "
                        "He said the cargoes would consist of 60,000 tonnes of diesel.",
                        date(2022, 11, 2))
    assert planned["60,000 tonnes"].modality == "planned"
    reported = extracted("India's imports of Iraqi crude rose 20 percent from February to "
                         "800,000 barrels a day in March and look set to keep climbing.",
                         date(2023, 4, 12))
    march = reported["800,000 barrels a day"]
    assert (march.modality, march.period_start) == ("reported", "2023-03-01")


def test_a_year_that_ended_on_a_day_is_the_twelve_months_to_it() -> None:
    found = extracted("Egypt's gas exports in the fiscal year that ended on June 30 were 83 "
                      "million tonnes, the minister said.",
                      date(2023, 8, 12))
    assert (found["83 million tonnes"].period_start, found["83 million tonnes"].period_end) \
        == ("2022-07-01", "2023-06-30")


def test_can_double_is_a_forecast_of_agricultural_trade() -> None:
    found = extracted("Uzbekistan and Tajikistan can nearly double their agricultural trade to "
                      "$1 billion in the short term, a deputy minister said.", date(2024, 10, 22))
    target = found["$1 billion"]
    assert (target.modality, target.commodity) == ("forecast", "food")


def test_and_with_a_country_and_its_verb_after_a_figure_opens_the_next_coordinate() -> None:
    found = extracted("Morocco stayed India's top phosphate supplier in May, while Jordan "
                      "lifted its sales to 210,000 tons and Egypt raised its deliveries by 4% "
                      "to 95,000 tons.", date(2024, 6, 10))
    assert parties(found["210,000 tons"]) == ("JOR", "IND", False)
    assert parties(found["95,000 tons"]) == ("EGY", "IND", False)


def test_a_name_with_a_title_apposition_before_said_is_the_source() -> None:
    found = extracted("Kazakh coal exports to China are expected to reach 10 million tonnes this "
                      "year, Aigul Nurlanova, director of the ministry's coal department, said on "
                      "Monday at a conference on the development of the Ekibastuz basin.",
                      date(2023, 11, 20))
    assert found["10 million tonnes"].attribution == (
        "Aigul Nurlanova, director of the ministry's coal department")


def test_a_period_past_a_semicolon_is_another_clauses() -> None:
    found = extracted("Kazakh coal exports are expected to reach 30 million tonnes this year, an "
                      "official said. Over January-September 2023, Kazakhstan delivered 16.5 "
                      "million tonnes of coal to Russia and 1.3 million tonnes to China, he said; "
                      "deliveries to China came to 2 million tonnes in all of last year.",
                      date(2023, 11, 20))
    china = found["1.3 million tonnes"]
    assert (china.period_start, china.period_end) == ("2023-01-01", "2023-09-30")
    assert found["2 million tonnes"].period_start == "2022-01-01"


def test_he_said_twice_stands_for_the_person_not_for_he() -> None:
    found = extracted("Kazakh coal exports are expected to reach 30 million tonnes this year, an "
                      "official said. Shipments to China totalled 2 million tonnes in 2022, he "
                      "said. Kazakhstan delivered 16.5 million tonnes of coal to Russia, he said.",
                      date(2023, 11, 20))
    assert found["16.5 million tonnes"].attribution == "he (an official)"


def test_a_figure_each_of_several_countries_got_has_no_single_side() -> None:
    found = extracted("Ukraine has shipped 120,000 tons of wheat as aid to four countries. "
                      "Sudan and Yemen took 40,000 tons each, while Nigeria and Kenya got 20,000 "
                      "tons apiece.", date(2024, 2, 21))
    assert parties(found["40,000 tons"]) == ("UKR", None, False)
    assert parties(found["20,000 tons"]) == ("UKR", None, False)


def test_pakistani_and_bangladeshi_ports_stand_for_their_countries() -> None:
    found = extracted("A second cargo of 55,000 tonnes of Russian crude is scheduled to arrive at "
                      "Karachi later this month. Another 30,000 tonnes of Russian wheat reached "
                      "Chittagong on Monday.", date(2023, 6, 12))
    assert parties(found["55,000 tonnes"]) == ("RUS", "PAK", False)
    assert parties(found["30,000 tonnes"]) == ("RUS", "BGD", False)


def test_a_contract_that_covers_and_a_deal_struck_for_are_plans() -> None:
    found = extracted("Mali's government has signed an agreement to buy fuel from Russia. The "
                      "contract covers 300,000 tons of diesel. Earlier, Bamako struck a deal with "
                      "Algeria for 50,000 tons of petroleum products. Imports could in theory "
                      "reach 400,000 tons.", date(2022, 9, 28))
    assert found["300,000 tons"].modality == "planned"
    assert found["50,000 tons"].modality == "planned"
    assert found["400,000 tons"].modality == "forecast"


def test_may_have_is_an_estimate_and_a_title_is_no_cue() -> None:
    found = extracted("Vietnam may have sold as much as 600,000 tons of rice to Cuba this year, "
                      "a newspaper reported. Daily shipments from Iraq to India rose to 2.2 "
                      "million barrels per day in June, said Ana Ortiz, a tracker's head of "
                      "crude analysis.", date(2023, 7, 4))
    assert found["600,000 tons"].modality == "estimated"
    assert found["2.2 million barrels per day"].modality == "reported"


def test_a_range_with_the_scale_written_on_both_ends() -> None:
    found = {q.surface: (q.value, q.value_max, q.unit)
             for q in extract_quantities("Its plant has a capacity of 10mn-11mn t/yr. The F-35 "
                                         "and COVID-19 are names.")}
    assert found == {"10mn-11mn t/yr": (10_000_000.0, 11_000_000.0, "t/yr")}


def test_a_rate_written_t_yr_is_a_standing_yearly_rate() -> None:
    found = extracted("India imported 4mn t of Russian fertilizer in January. Russian producers "
                      "can ship it 10mn-11mn t/yr, the ministry said.", date(2022, 2, 8))
    rate = found["10mn-11mn t/yr"]
    assert (rate.period_start, rate.period_end) == (None, None)


def test_south_american_is_no_american_and_the_south_american_country_is_its_epithet() -> None:
    found = extracted("Colombia's coal shipments to Turkey sank to 400,000 tonnes in October, as "
                      "the South American country's total coal exports fell 26%, data showed.",
                      date(2025, 11, 3))
    assert parties(found["26%"]) == ("COL", None, False)
