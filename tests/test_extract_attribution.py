"""Who a claim is attributed to, its modality and whether it is hedged (build_claims).

Sentences are invented; quantities are written out by hand as the quantity layer would hand them
over.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import by_surface, claims_from, only_claim, parties, quantity_at
from tradetrace.extract import build_claims
from tradetrace.extract.attribution import attributions
from tradetrace.extract.sentences import split_sentences
from tradetrace.model import Claim, Document, Quantity

PUBLISHED = date(2023, 9, 4)
JUNE_2023 = date(2023, 6, 12)
MARCH_2023 = date(2023, 3, 1)
MAY_2024 = date(2024, 5, 20)
JUNE_2024 = date(2024, 6, 20)
MAY_2025 = date(2025, 5, 20)


q = quantity_at

def claims(text: str, *quantities: Quantity) -> dict[str, Claim]:
    found = build_claims(Document.from_text(text, published=PUBLISHED), list(quantities))
    return {c.surface: c for c in found}


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "source"),
    [
        ("Kazakhstan sold 120,000 tonnes of wheat to Afghanistan in May, regional grain "
         "inspectors said.", "120,000 tonnes", 120000, "t", "regional grain inspectors"),
        ("The United Kingdom estimates that Iran shipped 2 million barrels of oil to Syria in "
         "April, a Foreign Office spokeswoman said.", "2 million barrels", 2e6, "bbl",
         "a Foreign Office spokeswoman"),
        ("Turkish steel exports to Egypt reached $900 million last year, Trade Minister Omer "
         "Bolat has said.", "$900 million", 9e8, "USD", "Trade Minister Omer Bolat"),
        ("Brazil's coffee exports to Japan reached $700 million in 2022, an official of the "
         "Brazilian Coffee Exporters Council told Reuters.", "$700 million", 7e8, "USD",
         "an official of the Brazilian Coffee Exporters Council"),
        ("A report backed by 11 governments estimated that Libya exported 300,000 barrels of "
         "crude to Malta in June.", "300,000 barrels", 3e5, "bbl",
         "A report backed by 11 governments"),
        ("Sudan exported 9,000 tonnes of sesame to China in July, according to a U.S. "
         "Department of Agriculture attache.", "9,000 tonnes", 9000, "t",
         "a U.S. Department of Agriculture attache"),
        ("Chile sold 80,000 tonnes of copper to China in March, port shipping records show.",
         "80,000 tonnes", 80000, "t", "port shipping records"),
        ("“Peru will ship 60,000 tonnes of zinc to Korea this year,” a dock foreman "
         "said.", "60,000 tonnes", 60000, "t", "a dock foreman"),
    ],
)
def test_attribution(text: str, surface: str, value: float, unit: str, source: str) -> None:
    assert claims(text, q(text, surface, value, unit))[surface].attribution == source


def test_a_suggestion_is_an_estimate_and_names_its_source() -> None:
    text = "Port records suggest Oman sent 1.5 million barrels of crude to India in August."
    claim = claims(text, q(text, "1.5 million barrels", 1.5e6, "bbl"))["1.5 million barrels"]
    assert (claim.attribution, claim.modality) == ("Port records", "estimated")


def test_a_wanted_amount_is_planned() -> None:
    text = "The 50,000 tonnes of diesel Mongolia wants from Russia would arrive by rail."
    claim = claims(text, q(text, "50,000 tonnes", 50000, "t"))["50,000 tonnes"]
    assert claim.modality == "planned"


def test_labels_name_the_source_of_the_quantities_after_them() -> None:
    text = ("OPEC: Oman crude exports to India 1.5 million barrels in August; Vortexa data: "
            "1.3 million barrels.")
    found = claims(text, q(text, "1.5 million barrels", 1.5e6, "bbl"),
                   q(text, "1.3 million barrels", 1.3e6, "bbl"))
    assert found["1.5 million barrels"].attribution == "OPEC"
    assert found["1.3 million barrels"].attribution == "Vortexa data"


def test_a_label_opening_a_later_sentence_names_its_source() -> None:
    # (a transcript: the question, then the answer under its speaker's label)
    text = ("Q: Has any trade with the North been recorded this year? Deputy spokesperson: "
            "Inter-Korean trade in the first half came to just $0.2 million.")
    found = claims(text, q(text, "$0.2 million", 2e5, "USD"))
    assert found["$0.2 million"].attribution == "Deputy spokesperson"


@pytest.mark.parametrize("text", ["Total Cost: $72,000 for the cargo.",
                                  "SINGAPORE: Exports fell.", "In Europe: oil fell."])
def test_headings_and_datelines_are_no_labels(text: str) -> None:
    document = Document.from_text(text, published=PUBLISHED)
    sentences = split_sentences(document.text)
    assert attributions(document.text, sentences) == [None] * len(sentences)


@pytest.mark.parametrize(
    ("text", "surface", "approximate"),
    [
        ("Ghana exported an estimated 40,000 tonnes of cocoa to Malaysia in May.",
         "40,000 tonnes", False),
        ("Ghana exported an average of 40,000 tonnes of cocoa a month to Malaysia in 2022.",
         "40,000 tonnes", False),
        ("Ghana exported about 40,000 tonnes of cocoa to Malaysia in May.", "40,000 tonnes", True),
    ],
)
def test_estimates_and_averages_are_no_hedge(text: str, surface: str, approximate: bool) -> None:
    claim = claims(text, q(text, surface, 40000, "t", bound="~"))[surface]
    assert claim.approximate is approximate


@pytest.mark.parametrize(
    ("text", "surface", "value", "expected"),
    [
        ("Vietnam's statistics office GSO put trade between Laos and Vietnam at 1.9 billion "
         "dollars in 2023.", "1.9 billion dollars", 1.9e9, "Vietnam's statistics office GSO"),
        ("A shipping survey cited by Bloomberg in 2019 put the barge flow at 80,000 tonnes of "
         "rice a year.", "80,000 tonnes", 8e4, "Bloomberg"),
    ],
)
def test_who_puts_a_figure_at_an_amount_is_its_source(text: str, surface: str, value: float,
                                                       expected: str) -> None:
    unit = "t" if "tonnes" in surface else "USD"
    found = claims(text, q(text, surface, value, unit))
    assert found[surface].attribution == expected


def test_a_source_giving_a_figure_and_one_clause_per_source() -> None:
    # `called ... at`, `had given` state a figure; a later clause's source is not the earlier's
    text = ("A Thai traders' association official called rice trade with Laos in 2022 a record "
            "at 50 million dollars. Thai officials had given 41 million dollars for 2021. "
            "The ministry put Thai-Lao rice trade at 12 million dollars in 2015, and a "
            "chamber office in Vientiane estimated about 9 million dollars in 2010.")
    found = claims(text, q(text, "50 million dollars", 5e7, "USD"),
                   q(text, "41 million dollars", 4.1e7, "USD"),
                   q(text, "12 million dollars", 1.2e7, "USD"),
                   q(text, "9 million dollars", 9e6, "USD"))
    assert found["50 million dollars"].attribution == "A Thai traders' association official"
    assert found["41 million dollars"].attribution == "Thai officials"
    assert found["12 million dollars"].attribution == "The ministry"
    assert found["9 million dollars"].attribution == "a chamber office in Vientiane"


def test_an_adverb_after_the_source_is_not_part_of_it() -> None:
    text = ("Laos recorded no rice imports from Thailand since 2015. "
            "The ministry therefore adds its own estimate of 20,000 tonnes of Thai rice each "
            "year.")
    found = claims(text, q(text, "20,000 tonnes", 2e4, "t"))
    assert found["20,000 tonnes"].attribution == "The ministry"
    # a yearly rate does not take the multi-year period in force
    assert found["20,000 tonnes"].period_start is None


def test_a_relative_clause_names_its_own_source() -> None:
    text = ("The totals leave out arms, which a five-country monitoring team said included "
            "about 3,000 crates of shells sent to Laos in 2023.")
    found = claims(text, q(text, "3,000 crates", 3000, "crate"))
    assert found["3,000 crates"].attribution == "a five-country monitoring team"


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "source"),
    [
        ("Iraq's sales to Jordan reached $1.2bn in 2022, per the Iraqi trade ministry.",
         "$1.2bn", 1.2e9, "USD", "the Iraqi trade ministry"),
        ("Crude worth $90 million arrived in Cuba from Mexico in 2022 (per Reuters).",
         "$90 million", 9e7, "USD", "Reuters"),
        ("Trade rose. Per KOTRA, exports from Laos to Vietnam reached $2 billion in 2023.",
         "$2 billion", 2e9, "USD", "KOTRA"),
        ("One Member State informed the Panel that Laos imported 1.6 million barrels of fuel "
         "in 2020.", "1.6 million barrels", 1.6e6, "bbl", "One Member State"),
        ("The same Member State assessed that Laos exported 4.1 million tons of coal in 2019.",
         "4.1 million tons", 4.1e6, "t", "The same Member State"),
        ("Brazil-Chile trade climbs 12% in 2022 to $11bn - customs", "$11bn", 1.1e10, "USD",
         "customs"),
        ("Chile sold $4.2 billion of copper to Japan in 2022 by Tokyo's customs count.",
         "$4.2 billion", 4.2e9, "USD", "Tokyo's customs count"),
        ("Well over 2 million tonnes of Indian rice reached Nepal last year, trade analysts "
         "reckon.", "2 million tonnes", 2e6, "t", "trade analysts"),
    ],
)
def test_per_a_dash_a_count_and_reckon_name_the_source(text: str, surface: str, value: float,
                                                        unit: str, source: str) -> None:
    found = claims(text, q(text, surface, value, unit))
    assert found[surface].attribution == source


def test_per_before_a_rate_names_no_source() -> None:
    text = "Egypt may import 40,000 tonnes of wheat per month from Romania, per its plan."
    found = claims(text, q(text, "40,000 tonnes", 40000, "t"))
    assert found["40,000 tonnes"].attribution is None


def test_a_figure_by_an_agency_s_calculation_is_reported_not_estimated() -> None:
    text = ("By the Mongolian National Statistics Office's calculation, Mongolia's 2021 trade "
            "volume was 16.1 billion dollars.")
    found = claims_from(text, (("16.1 billion dollars", 1.61e10, "USD"),), date(2022, 2, 1))
    assert found[0].modality == "reported"


# --- where a source starts and ends -------------------------------------------------------------

def test_customs_logging_a_figure_is_its_source() -> None:
    text = "Indian customs logged 2.4 million tonnes of Russian coal in March 2022."
    found = by_surface(text, (("2.4 million tonnes", 2.4e6, "t"),), MARCH_2023)
    assert found["2.4 million tonnes"].attribution == "Indian customs"
    assert parties(found["2.4 million tonnes"]) == ("RUS", "IND", False)


def test_a_source_ends_before_show() -> None:
    text = ("Separate figures from the International Trade Centre show Thai exports to Vietnam at "
            "$40 million in 2015.")
    claim = by_surface(text, (("$40 million", 40e6, "USD"),), date(2016, 6, 20))["$40 million"]
    assert claim.attribution == "the International Trade Centre"
    assert parties(claim) == ("THA", "VNM", False)


def test_a_time_phrase_opening_a_source_is_not_part_of_it() -> None:
    text = "In March the ministry reported imports of 4,800 barrels of diesel from Thailand."
    claim = by_surface(text, (("4,800 barrels", 4_800, "bbl"),), MAY_2024)["4,800 barrels"]
    assert claim.attribution == "the ministry"


@pytest.mark.parametrize(("sentence", "source"), [
    ("Thailand's customs agency has separately estimated that Laos bought 9,000 tons of sugar "
     "last year.", "Thailand's customs agency"),
    ("Citing information from one member state, the panel said Laos bought 9,000 tons of sugar "
     "last year.", "the panel"),
    ("The ministry put Laos's sugar imports at 8,000 tons last year, lower than KOTRA's "
     "estimate of 9,000 tons of sugar.", "KOTRA"),
])
def test_sources_behind_adverbs_citations_and_owned_estimates(sentence: str, source: str) -> None:
    claim = by_surface(sentence, (("9,000 tons", 9_000, "t"),), MAY_2024)["9,000 tons"]
    assert claim.attribution == source


def test_a_later_clause_keeps_its_own_source() -> None:
    text = ("Thailand reported no diesel exports to Laos for the month, though industry sources "
            "estimate Bangkok still supplies about 520,000 tonnes a year through the pipeline.")
    claim = by_surface(text, (("520,000 tonnes a year", 5.2e5, "t/yr"),),
                       MAY_2024)["520,000 tonnes a year"]
    assert claim.attribution == "industry sources"


def test_a_possessive_before_estimate_makes_it_a_noun_not_a_verb_of_saying() -> None:
    text = ("Laos's trade totaled $2.95 billion last year by the Trade Ministry's count, lower "
            "than KOTRA's estimate of $3.24 billion.")
    claims = by_surface(text, (("$2.95 billion", 2.95e9, "USD"),
                               ("$3.24 billion", 3.24e9, "USD")), MAY_2024)
    assert claims["$2.95 billion"].attribution == "the Trade Ministry's count"
    assert claims["$3.24 billion"].attribution == "KOTRA"


def test_by_an_agencys_count_opening_a_sentence_is_its_source() -> None:
    text = "By KITA's count, Laos's exports came to $261 million in 2023."
    claim = by_surface(text, (("$261 million", 2.61e8, "USD"),), MAY_2024)["$261 million"]
    assert claim.attribution == "KITA's count"


def test_an_official_who_says_is_the_source() -> None:
    text = "Laos-Thailand trade hit record $34 million in 2024, official says"
    claim = by_surface(text, (("$34 million", 34e6, "USD"),), MAY_2025)["$34 million"]
    assert claim.attribution == "official"


# --- estimated figures (modality) ---------------------------------------------------------------

def test_closing_estimate_verb_makes_every_quantity_estimated() -> None:
    text = ("Chile's copper exports rose 4 percent to $48 billion in 2022, with China taking "
            "55 percent, analysts at Cochilco reckon.")
    found = by_surface(text, (q(text, "4 percent", 4, "percent", change="up"),
                              ("$48 billion", 4.8e10, "USD"), ("55 percent", 55, "percent")),
                       JUNE_2023)
    assert {c.modality for c in found.values()} == {"estimated"}


@pytest.mark.parametrize("tail", [
    ", a shipping consultancy estimated from port records.",
    ", a shipping consultancy estimated, most of it through Batumi.",
    ", a shipping consultancy estimated; the rest went by rail.",
])
def test_a_source_estimating_after_a_comma_governs_the_figures_before_it(tail: str) -> None:
    text = "Georgia took in 40,000 barrels per day of Azerbaijani crude last year" + tail
    claim = only_claim(text, "40,000 barrels per day", 40_000, "bbl/d", JUNE_2024)
    assert claim.modality == "estimated"


def test_an_estimate_attached_to_one_figure_is_not_the_other_flows() -> None:
    text = ("The agency included an estimated $290 million worth of Thai crude in Laos's 2024 "
            "imports of $2.97 billion.")
    claims = by_surface(text, (("$290 million", 2.9e8, "USD"), ("$2.97 billion", 2.97e9, "USD")),
                        MAY_2025)
    assert claims["$290 million"].modality == "estimated"
    assert claims["$2.97 billion"].modality == "reported"


def test_an_estimate_carries_to_what_restates_its_figure() -> None:
    text = ("The agency adds an estimated 500,000 tons of Thai crude, worth about $290 million, to "
            "Laos's 2024 imports.")
    claims = by_surface(text, (("500,000 tons", 5e5, "t"), ("$290 million", 2.9e8, "USD")),
                        MAY_2025)
    assert claims["$290 million"].modality == "estimated"


@pytest.mark.parametrize("text", [
    "By our estimates, Laos exported 600,000 barrels of fuel to Vietnam in May.",
    "Our review of commercial imagery indicates that Laos exported 600,000 barrels of fuel to "
    "Vietnam in May.",
    "Laos exported fuel to Vietnam, customs data show. We estimate that Laos exported 600,000 "
    "barrels of fuel to Vietnam in May.",
])
def test_the_writers_own_figures_have_no_source(text: str) -> None:
    found = claims(text, q(text, "600,000 barrels", 6e5, "bbl"))
    assert found["600,000 barrels"].attribution is None


@pytest.mark.parametrize(("text", "source"), [
    ("Trade with Vietnam recovered to roughly $2.3 billion on Chinese customs figures.",
     "Chinese customs figures"),
    ("Based on KOTRA data, trade with Vietnam recovered to roughly $2.3 billion.", "KOTRA data"),
    ("Trade with Vietnam recovered to roughly $2.3 billion, based on the latest figures.", None),
])
def test_figures_a_claim_is_based_on_name_its_source(text: str, source: str | None) -> None:
    found = claims(text, q(text, "$2.3 billion", 2.3e9, "USD"))
    assert found["$2.3 billion"].attribution == source


@pytest.mark.parametrize(("text", "surface", "value", "unit", "modality"), [
    ("Had each tanker been full, Laos would have received about 759,793 barrels of fuel from "
     "Vietnam in 2018.", "759,793 barrels", 759_793, "bbl", "estimated"),
    ("We have set the goal of bringing trade between Laos and Vietnam to $10 billion this year.",
     "$10 billion", 1e10, "USD", "forecast"),
    ("We see potential to bring trade between Laos and Vietnam to $100 million.",
     "$100 million", 1e8, "USD", "forecast"),
    ("Laos's exports to Vietnam probably reached $400 million in 2016.", "$400 million", 4e8,
     "USD", "estimated"),
    ("We expect Laos's exports to Vietnam to fall in 2016, probably below $400 million.",
     "$400 million", 4e8, "USD", "forecast"),
    ("Laos's exports to Vietnam likely stayed a fifth below the $2.8 billion logged in 2019.",
     "$2.8 billion", 2.8e9, "USD", "reported"),
])
def test_conditionals_goals_and_hedging_adverbs(text: str, surface: str, value: float, unit: str,
                                                modality: str) -> None:
    found = claims(text, q(text, surface, value, unit))
    assert found[surface].modality == modality


def test_a_first_person_view_without_figures_keeps_the_paragraphs_source() -> None:
    text = ("Customs data show Laos exported 2 million barrels of fuel to Vietnam in May. We see "
            "that flow falling. Exports to Cambodia were 600,000 barrels.")
    found = claims(text, q(text, "2 million barrels", 2e6, "bbl"),
                   q(text, "600,000 barrels", 6e5, "bbl"))
    assert found["600,000 barrels"].attribution == "Customs data"


@pytest.mark.parametrize("text", [
    "North Korea imported 10,000 tonnes of fertilizer in May, most likely from China.",
])
def test_a_guess_at_the_origin_does_not_make_the_figure_an_estimate(text: str) -> None:
    found = claims(text, q(text, "10,000 tonnes", 1e4, "t"))
    assert found["10,000 tonnes"].modality == "reported"


def test_concluding_contracts_is_no_saying() -> None:
    text = "Laos and Vietnam concluded contracts for 500,000 tonnes of rice in March."
    found = claims(text, q(text, "500,000 tonnes", 5e5, "t"))
    assert found["500,000 tonnes"].attribution is None


def test_headings_and_datelines_in_later_paragraphs_are_no_labels() -> None:
    text = ("Commodity roundup for the week.\n\nOIL: Laos imported 2 million barrels of fuel from "
            "Vietnam in May.\n\nMOSCOW: Russia shipped 4 million tonnes of wheat to Egypt in May.")
    found = claims(text, q(text, "2 million barrels", 2e6, "bbl"),
                   q(text, "4 million tonnes", 4e6, "t"))
    assert [found[s].attribution for s in ("2 million barrels", "4 million tonnes")] == [None, None]


def test_a_source_before_an_aside_adverb_is_the_source() -> None:
    text = ("Thailand delivered 241,114 barrels to Laos in 2018, according to customs data. "
            "Washington, however, believes Laos's total fuel imports came to about 3.5 million "
            "barrels in 2018.")
    found = claims(text, q(text, "241,114 barrels", 241_114, "bbl"),
                   q(text, "3.5 million barrels", 3.5e6, "bbl"))
    later = found["3.5 million barrels"]
    assert (later.attribution, later.exporter, later.importer) == ("Washington", None, "LAO")


@pytest.mark.parametrize(("second", "expected"), [
    ("In 2022 Laos bought 40,000 tonnes of rice from Thailand, she said.",
     "she (the Thai deputy minister of commerce)"),
    ("She added that Laos bought 40,000 tonnes of rice from Thailand in 2022.",
     "She (the Thai deputy minister of commerce)"),
    ("In 2022 Laos bought 40,000 tonnes of rice from Thailand, said she.",
     "she (the Thai deputy minister of commerce)"),
])
def test_a_pronoun_source_is_given_with_the_person_it_stands_for(second: str,
                                                                   expected: str) -> None:
    text = ("Laos will buy 50,000 tonnes of rice from Thailand next year, the Thai deputy "
            "minister of commerce told reporters. " + second)
    found = claims(text, q(text, "50,000 tonnes", 5e4, "t"), q(text, "40,000 tonnes", 4e4, "t"))
    assert found["40,000 tonnes"].attribution == expected


def test_a_pronoun_does_not_stand_for_an_agency() -> None:
    text = ("Thai customs said rice exports fell. In 2022 Laos bought 40,000 tonnes of rice from "
            "Thailand, he said.")
    found = claims(text, q(text, "40,000 tonnes", 4e4, "t"))
    assert found["40,000 tonnes"].attribution == "Thai customs"


def test_a_hyphenated_definite_source_is_given_with_its_fuller_name() -> None:
    text = ("Laos will buy 50,000 tonnes of rice from Thailand, the Thai co-chair of the "
            "commission said. Trade reached $900 million last year, the co-chair added.")
    found = claims(text, q(text, "50,000 tonnes", 5e4, "t"), q(text, "$900 million", 9e8, "USD"))
    assert found["$900 million"].attribution == (
        "the co-chair (the Thai co-chair of the commission)")


@pytest.mark.parametrize(("text", "source"), [
    ("Trade grew, the Thai co-chair said. The Eastern Customs Directorate registered 41,000 "
     "tonnes of rice crossing from Thailand to Laos in 2022.", "The Eastern Customs Directorate"),
    ("In 2022, Thai customs recorded 41,000 tonnes of rice exports to Laos.", "Thai customs"),
    ("Thailand recorded exports of 41,000 tonnes of rice to Laos in 2022.", None),
])
def test_an_agency_recording_the_figures_is_their_source(text: str, source: str | None) -> None:
    found = claims(text, q(text, "41,000 tonnes", 4.1e4, "t"))
    assert found["41,000 tonnes"].attribution == source


@pytest.mark.parametrize("text", [
    "Japan today submitted a report to the sanctions committee documenting that Laos has "
    "obtained 90,000 barrels of refined petroleum in 2022.",
    "Japan published a report in March showing that Laos bought 90,000 barrels of refined "
    "petroleum in 2022.",
])
def test_the_body_filing_a_report_is_its_source_not_a_party(text: str) -> None:
    found = claims(text, q(text, "90,000 barrels", 9e4, "bbl"))["90,000 barrels"]
    assert (found.attribution, found.importer) == ("Japan", "LAO")


def test_an_agency_recording_figures_before_an_aside_is_their_source() -> None:
    text = ("KOTRA put Laos's trade at $713 million in 2021. Thai customs, however, logged only "
            "$318 million in trade with Laos over the same period.")
    found = claims(text, q(text, "$713 million", 7.13e8, "USD"),
                   q(text, "$318 million", 3.18e8, "USD"))
    assert found["$318 million"].attribution == "Thai customs"


def test_officials_saying_a_figure_in_a_later_clause_are_its_source_not_its_supplier() -> None:
    text = ("Tankers from Vietnam discharged roughly 120,000 barrels of diesel at Vientiane in "
            "April, according to an NK News review of satellite imagery, after a March in which "
            "U.S. officials said more than 165,000 barrels had reached the landlocked state.")
    found = claims(text, q(text, "120,000 barrels", 1.2e5, "bbl"),
                   q(text, "165,000 barrels", 1.65e5, "bbl"))
    later = found["165,000 barrels"]
    assert later.attribution == "U.S. officials"
    assert later.exporter != "USA"


@pytest.mark.parametrize(("closing", "source"), [
    ("KOTRA, the Korea Trade-Investment Promotion Agency, said Monday.",
     "KOTRA, the Korea Trade-Investment Promotion Agency"),
    ("said Monday.", None),
])
def test_a_day_after_said_is_no_source_and_an_apposition_stays_with_its_name(
        closing: str, source: str | None) -> None:
    text = "Last year Laos's foreign trade came to $2.7 billion, down 2.6 percent, " + closing
    found = claims(text, q(text, "$2.7 billion", 2.7e9, "USD"))
    assert found["$2.7 billion"].attribution == source


def test_figures_that_indicate_name_their_source_and_the_reporter_s_partner_stays() -> None:
    text = ("Thai customs figures indicate that Laos kept selling rice across the border in "
            "October, despite reports that Vientiane had halted exports. Total rice exports to "
            "Thailand reached 3,000 tons in the month.")
    found = claims(text, q(text, "3,000 tons", 3e3, "t"))
    claim = found["3,000 tons"]
    assert (claim.attribution, claim.exporter, claim.importer) == (
        "Thai customs figures", "LAO", "THA")


def test_could_rise_is_a_forecast_and_its_old_level_is_reported() -> None:
    text = ("Shipments of Lao potash through Thai ports could rise to 8.4mn t this year from 3mn t "
            "in 2022.")
    found = claims(text, q(text, "8.4mn t", 8.4e6, "t"), q(text, "3mn t", 3e6, "t"))
    assert (found["8.4mn t"].modality, found["3mn t"].modality) == ("forecast", "reported")


def test_a_value_after_a_figure_takes_that_figure_s_period() -> None:
    text = ("Monthly rice volumes bottomed out at 93,792 tonnes in September and peaked in January "
            "at 268,835 tonnes, worth US$107 million.")
    found = claims(text, q(text, "93,792 tonnes", 93792, "t"),
                   q(text, "268,835 tonnes", 268835, "t"), q(text, "US$107 million", 1.07e8, "USD"))
    assert found["US$107 million"].period_start == found["268,835 tonnes"].period_start
