"""Rules of the fifth session of 2026-11-30, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.model import Claim

JULY_2024 = date(2024, 7, 15)


def by_surface(text: str, published: date = JULY_2024) -> dict[str, Claim]:
    return extracted(text, published)


def test_an_adverb_set_off_by_commas_does_not_cut_a_share_from_its_movement() -> None:
    found = by_surface("Germany's imports from Norway fell to 4.2 billion euros in the quarter. "
                       "Norway's share of the bloc's gas imports, however, rose to 28 percent.")
    assert (found["28 percent"].kind, found["28 percent"].direction) == ("share", None)
    plain = by_surface("Germany's imports from Norway fell to 4.2 billion euros in the quarter. "
                       "Norway's share of the bloc's gas imports rose to 28 percent.")
    assert plain["28 percent"].kind == "share"


def test_a_fiscal_year_that_ended_in_a_month_is_the_twelve_months_to_it() -> None:
    claim = by_surface("India's imports of Iraqi oil averaged 900,000 barrels per day in the "
                       "fiscal year that ended in March, ship-tracking data showed.")
    found = claim["900,000 barrels per day"]
    assert (found.period_start, found.period_end) == ("2023-04-01", "2024-03-31")


def test_a_verb_before_a_bare_flow_noun_is_not_goods_without_a_key() -> None:
    found = by_surface("Kazakhstan exported 8.7 million tonnes of grain last year. The ministry "
                       "expects shipments to reach 10 million tonnes this year.")
    assert found["10 million tonnes"].commodity == "grain"
    other = by_surface("Kazakhstan exported 8.7 million tonnes of grain last year. Its "
                       "ethanol shipments reached 10 million tonnes this year.")
    assert other["10 million tonnes"].commodity is None


def test_its_amount_of_exports_has_the_owner_as_exporter() -> None:
    found = by_surface("Belarus shipped roughly 10 million tonnes of potash last year. In 2021, "
                       "its 12 million tonnes of exports went through Klaipeda.")
    assert (found["12 million tonnes"].exporter, found["12 million tonnes"].importer) == (
        "BLR", None)


def test_the_country_after_a_source_opening_with_a_demonym_is_that_country() -> None:
    rice = by_surface("Chinese customs data showed the country shipped 1,300 tons of rice to "
                      "North Korea in April.")["1,300 tons"]
    assert (rice.exporter, rice.importer) == ("CHN", "PRK")
    wheat = by_surface("Russian officials said the country exported 2 million tonnes of wheat to "
                       "Egypt in May.")["2 million tonnes"]
    assert (wheat.exporter, wheat.importer) == ("RUS", "EGY")


def test_a_year_heading_the_figure_it_dates_is_its_period() -> None:
    for text in ("China supplied 27,000 tons of refined oil to the North last year, far below "
                 "the 2017 level of 102,000 tons.",
                 "China supplied 27,000 tons of refined oil to the North last year, far below "
                 "2017's 102,000 tons."):
        found = by_surface(text)
        assert found["27,000 tons"].period_start == "2023-01-01"
        assert found["102,000 tons"].period_start == "2017-01-01"


def test_the_month_closing_a_fiscal_year_is_no_period_of_its_own() -> None:
    found = by_surface("Myanmar exported 2.2 million tonnes of rice in the 2022-23 fiscal year "
                       "ending March, earning over $800 million, the federation said.")
    for surface in ("2.2 million tonnes", "$800 million"):
        assert (found[surface].period_start, found[surface].period_end) == (
            "2022-04-01", "2023-03-31")


def test_a_supplier_role_names_the_flow_of_figures_that_follow() -> None:
    found = by_surface("Russia overtook Saudi Arabia as China's largest crude supplier in 2023, "
                       "with shipments rising 24% to 107 million tonnes.")
    assert (found["107 million tonnes"].exporter, found["107 million tonnes"].importer) == (
        "RUS", "CHN")
    later = by_surface("Russia remained China's top crude supplier in 2023. Shipments rose to "
                       "107 million tonnes.")["107 million tonnes"]
    assert (later.exporter, later.importer, later.commodity) == ("RUS", "CHN", "crude_oil")


def test_the_period_a_multiple_is_compared_with_is_not_the_figures() -> None:
    found = by_surface("China sold far more corn to North Korea in August, customs data show. "
                       "Corn shipments reached 14,057 tons, 45.8 times the volume of August last "
                       "year and roughly 4.5 times what China sent in all of 2016.",
                       date(2017, 9, 28))
    for surface in ("14,057 tons", "45.8 times", "4.5 times"):
        assert (found[surface].period_start, found[surface].period_end) == (
            "2017-08-01", "2017-08-31"), surface


def test_the_same_period_of_a_year_is_the_new_levels_months_in_that_year() -> None:
    found = by_surface("EU exports to Russia totalled 25 billion euros from January to October "
                       "2025, against 73 billion euros in the same period of 2021.",
                       date(2026, 1, 12))
    old = found["73 billion euros"]
    assert (old.period_start, old.period_end) == ("2021-01-01", "2021-10-31")


def test_a_months_possessive_figure_is_that_months() -> None:
    found = by_surface("Russian crude loaded for India averaged 672,000 barrels per day over "
                       "November 1-17, down two-thirds from October's 1.88 million bpd, Kpler "
                       "data show.", date(2025, 11, 19))
    old = found["1.88 million bpd"]
    assert (old.period_start, old.period_end) == ("2025-10-01", "2025-10-31")
    assert found["672,000 barrels per day"].period_end == "2025-11-17"


def test_electricity_in_watt_hours_is_a_claim_and_carries_to_the_next_energy_figure() -> None:
    found = by_surface("China bought 35,974 megawatt-hours of electricity from North Korea in "
                       "September, customs data shows. In the first three quarters of the year, "
                       "imports from North Korea rose 37 per cent to 291 gigawatt-hours.",
                       date(2021, 10, 21))
    first = found["35,974 megawatt-hours"]
    assert (first.commodity, first.exporter, first.importer) == ("electricity", "PRK", "CHN")
    later = found["291 gigawatt-hours"]
    assert (later.commodity, later.period_start, later.period_end) == (
        "electricity", "2021-01-01", "2021-09-30")


def test_meat_is_food() -> None:
    pork = by_surface("Russia shipped a record 1,200 tons of pork to North Korea from January "
                      "through May.")["1,200 tons"]
    assert (pork.commodity, pork.exporter, pork.importer) == ("food", "RUS", "PRK")


def test_a_definite_flow_noun_before_a_sum_is_the_goods_counted_before() -> None:
    found = by_surface("Mexico supplied Cuba with 19,600 barrels a day of crude in January-March, "
                       "along with 2,000 barrels a day of petroleum products. The quarter's "
                       "shipments were valued at roughly $166.6 million.")
    assert found["$166.6 million"].commodity == "oil"
    own = by_surface("North Korea's coal sales to China doubled to 2 million tonnes in November. "
                     "The North's overall exports to China rose to $256 million.")
    assert own["$256 million"].commodity == "trade"


def test_the_period_after_a_multiple_and_its_noun_phrase_is_the_compared_ones() -> None:
    found = by_surface("China sold North Korea about 2,700 tons of refined oil in August, three "
                       "times as much as it shipped in July, the broadcaster reported.",
                       date(2018, 10, 3))
    assert found["three times"].period_start == "2018-08-01"


def test_a_cue_word_inside_a_firms_name_is_no_modality() -> None:
    named = by_surface("Russian coal exports to Turkey fell by 14.1pc in 2024 to 24.4mn t, "
                       "according to data from consultancy CCA Analysis.")
    assert named["24.4mn t"].modality == "reported"
    cue = by_surface("Russian coal exports to Turkey fell by 14.1pc in 2024 to 24.4mn t, "
                     "the consultancy CCA estimated.")
    assert cue["24.4mn t"].modality == "estimated"


def test_with_a_main_buyer_names_no_side_of_the_whole_flow() -> None:
    found = by_surface("Iran's oil exports rose 10.75% in 2024 to 587 million barrels, with China "
                       "the main buyer.")
    assert (found["587 million barrels"].exporter, found["587 million barrels"].importer) == (
        "IRN", None)
    bulk = by_surface("Kazakhstan exported 8.7 million tonnes of grain last year, with "
                      "Uzbekistan and Afghanistan taking the bulk.")["8.7 million tonnes"]
    assert (bulk.exporter, bulk.importer) == ("KAZ", None)


def test_a_partner_taking_a_share_of_the_total_is_its_buyer() -> None:
    share = by_surface("Iran exported 1.5 million bpd of crude last year, with China taking 90 "
                       "percent of the total.")["90 percent"]
    assert (share.exporter, share.importer, share.two_way) == ("IRN", "CHN", False)


def test_a_one_letter_unit_ends_a_sentence() -> None:
    found = by_surface("Russian coal exports to Turkey fell by 14.1pc in 2024 to 24.4mn t. "
                       "Colombian producers lifted deliveries to Turkey by 65.3pc to 8.1mn t.")
    assert (found["24.4mn t"].exporter, found["8.1mn t"].exporter) == ("RUS", "COL")


def test_a_flow_from_all_origins_or_to_all_destinations_has_no_named_other_side() -> None:
    found = by_surface("Russian coal exports to Turkey fell by 14.1pc in 2024 to 24.4mn t, even "
                       "as Turkish coal imports from all origins edged up by 1.8pc to 39.7mn t. "
                       "Across all destinations, Russian coal exports shrank by 8.1pc to 195mn t.")
    assert (found["39.7mn t"].exporter, found["39.7mn t"].importer) == (None, "TUR")
    assert (found["195mn t"].exporter, found["195mn t"].importer) == ("RUS", None)
    assert (found["24.4mn t"].exporter, found["24.4mn t"].importer) == ("RUS", "TUR")


def test_a_demonym_before_imports_from_elsewhere_is_the_buyer() -> None:
    imports = by_surface("Turkish coal imports from all origins edged up by 1.8pc to 39.7mn "
                         "t.")["39.7mn t"]
    assert (imports.exporter, imports.importer) == (None, "TUR")


def test_a_share_of_a_flow_with_one_side_takes_the_part_named_beside_it() -> None:
    half = by_surface("Brazil imported 2.3mn t of diesel from all origins in June, so Russian "
                      "product accounted for just under half.")["half"]
    assert (half.exporter, half.importer, half.two_way) == ("RUS", "BRA", False)


def test_list_items_naming_only_a_country_keep_the_first_items_unit() -> None:
    from tradetrace.extract.quantities import extract_quantities
    text = ("Uzbekistan took 2,345 thousand tons, Afghanistan 1,146 thousand, Tajikistan 428 "
            "thousand and Kyrgyzstan 7.6 thousand.")
    found = [(q.surface, q.value, q.unit) for q in extract_quantities(text)]
    assert found == [("2,345 thousand tons", 2345000.0, "t"), ("1,146 thousand", 1146000.0, "t"),
                     ("428 thousand", 428000.0, "t"), ("7.6 thousand", 7600.0, "t")]
    # a capitalised word before a number that is no country in a list is still a name
    assert [q.surface for q in extract_quantities("He flew a Boeing 747, not an Airbus.")] == []


def test_two_way_trade_with_no_side_in_its_clause_is_the_last_pair_that_traded() -> None:
    found = by_surface("Trade between Beijing and Pyongyang expanded by about 30 percent in the "
                       "first half to some $1.26 billion, even as Pyongyang moves closer to "
                       "Moscow. Two-way trade had topped $6.5 billion in 2013 before falling, "
                       "after the council tightened sanctions over the North's nuclear tests.")
    old = found["$6.5 billion"]
    assert {old.exporter, old.importer} == {"CHN", "PRK"} and old.two_way


def test_a_conceding_opener_keeps_its_plan_and_date_to_itself() -> None:
    share = by_surface("Although the bloc has pledged to phase out Russian natural gas by 2027, "
                       "Russia accounts for 15.1 percent of EU gas purchases, down from 39 "
                       "percent in 2021.", date(2026, 1, 12))["15.1 percent"]
    assert share.modality == "reported"
    assert (share.period_start, share.period_end) == (None, None)  # a standing share


def test_the_cargo_counted_in_tonnes_is_the_goods_counted_before() -> None:
    found = by_surface("Some 2,400 tons of Russian flour reached North Korea on Monday, the "
                       "embassy said. Of the cargo, 204 tons were landed at Chongjin. Russia "
                       "intends to send a further 2,700 tons.")
    assert found["204 tons"].commodity == "flour"
    assert found["2,700 tons"].commodity == "flour"


def test_respectively_gives_each_figure_its_own_period() -> None:
    found = by_surface("Russia shipped 2,500 tons and 2,400 tons of flour to North Korea in "
                       "March and May, respectively.", date(2017, 7, 18))
    assert (found["2,500 tons"].period_start, found["2,500 tons"].period_end) == (
        "2017-03-01", "2017-03-31")
    assert (found["2,400 tons"].period_start, found["2,400 tons"].period_end) == (
        "2017-05-01", "2017-05-31")


def test_loaded_for_names_the_destination() -> None:
    found = by_surface("Russian crude loaded for India averaged 672,000 barrels per day in "
                       "November, Kpler data show. Russia's crude loadings to all destinations "
                       "fell 28% to 2.78 million bpd.", date(2025, 11, 19))
    assert (found["672,000 barrels per day"].exporter,
            found["672,000 barrels per day"].importer) == ("RUS", "IND")


def test_countries_together_taking_a_share_are_no_single_side() -> None:
    share = by_surface("In October, China, India and Turkey together took almost 90% of "
                       "Russia's crude exports.", date(2025, 11, 19))["90%"]
    assert (share.exporter, share.importer) == ("RUS", None)


def test_goods_named_by_an_acronym_without_a_key_are_unknown_not_all_trade() -> None:
    found = by_surface("Russian LNG shipments to Europe reached a record 15.5 million tons in "
                       "2024, up from 10.5 million tons in 2020.")
    assert (found["15.5 million tons"].commodity, found["10.5 million tons"].commodity) == (
        None, None)
    lpg = by_surface("Russian LPG shipments to North Korea reached 1,000 tons.")["1,000 tons"]
    assert lpg.commodity == "lpg"


def test_a_caps_limit_wording_is_no_approximation() -> None:
    cap = by_surface("Resolution 2397 allows the North no more than 500,000 barrels of refined "
                     "products a year.")["500,000 barrels"]
    assert (cap.kind, cap.approximate) == ("cap", False)
    flow = by_surface("China shipped no more than 5,000 tons of rice to the North in May.")
    assert flow["5,000 tons"].approximate is True


# Misfires a review of this session's diff demonstrated, pinned after their fixes.

def test_a_plan_to_double_keeps_its_target_year() -> None:
    found = by_surface("Russia plans to double the volume of grain it ships to Africa by 2030, to "
                       "10 million tonnes.")
    assert found["double"].period_start == "2030-01-01"
    assert found["10 million tonnes"].period_start == "2030-01-01"
    compared = by_surface("Across January-May, the North bought $830 million worth of Chinese "
                          "goods, nearly triple the figure for the same months of 2022.",
                          date(2023, 6, 21))
    assert compared["triple"].period_start == "2023-01-01"


def test_receipts_are_revenue_not_imports() -> None:
    found = by_surface("Kazakhstan's oil export receipts rose to $40 billion in 2023, the central "
                       "bank said.")["$40 billion"]
    assert (found.exporter, found.importer) == ("KAZ", None)


def test_a_sides_total_after_a_supplier_role_is_not_the_pair() -> None:
    found = by_surface("Russia remained China's top crude supplier in 2023. Total crude imports "
                       "rose 11% to 563.5 million tonnes.")["563.5 million tonnes"]
    assert found.exporter is None
    opener = by_surface("Saudi Arabia remained China's top crude supplier in May. Imports "
                        "averaged 11 million bpd, customs data showed.")["11 million bpd"]
    assert opener.exporter is None


def test_title_case_headline_cues_keep_their_modality() -> None:
    found = by_surface("Russia Expected to Export Record 50 Million Tonnes of Wheat in 2024")
    assert found["50 Million Tonnes"].modality == "forecast"


def test_a_past_period_in_a_conceding_opener_still_dates_the_main_clause() -> None:
    found = by_surface("Although prices fell in the first half, Vietnam's rice exports rose 12% "
                       "to $3.4 billion.")
    assert found["$3.4 billion"].period_start == "2024-01-01"


def test_since_a_months_event_is_still_open() -> None:
    found = by_surface("Russian crude exports to India have fallen 30% since August's sanctions "
                       "to 1.2 million bpd.")["1.2 million bpd"]
    assert (found.period_start, found.period_end) == ("2023-08-01", "2024-07-31")


def test_two_way_trade_takes_the_pair_named_together_last() -> None:
    found = by_surface("China and Russia pledged deeper ties. Bilateral trade hit $240 billion in "
                       "2023. India and Russia also aim to expand cooperation. Two-way trade "
                       "reached $65 billion in the fiscal year.")["$65 billion"]
    assert {found.exporter, found.importer} == {"IND", "RUS"}


def test_the_country_after_its_demonym_in_the_sentence_is_that_country() -> None:
    found = by_surface("Uzbekistan took 2.3 million tons of wheat from Kazakhstan in the first "
                       "half. The region has long been the main market for Kazakh wheat: of the "
                       "7.7 million tons the country exported in 2022, Uzbekistan and Afghanistan "
                       "accounted for 80.5%.", date(2023, 8, 17))
    assert (found["7.7 million tons"].exporter, found["7.7 million tons"].importer) == (
        "KAZ", None)
    assert (found["80.5%"].exporter, found["80.5%"].importer) == ("KAZ", None)
    named = by_surface("Russian-origin crude landing in India averaged 1.76m b/d in 2024, some "
                       "36% of the country's crude imports.")["36%"]
    assert (named.exporter, named.importer) == ("RUS", "IND")


def test_a_part_of_the_cargo_is_a_share_of_the_flow_just_counted() -> None:
    half = by_surface("Russia shipped 2,092 tons of wheat to North Korea through the WFP, the "
                      "embassy said. Half of the cargo was unloaded at Chongjin.",
                      date(2019, 3, 26))["Half"]
    assert (half.kind, half.commodity, half.exporter, half.importer) == (
        "share", "wheat", "RUS", "PRK")
