"""Attribution and modality rules of the thirty-sixth session of 2026-12-04, each pinned by
invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 3, 21)


def test_a_body_giving_its_outlook_of_a_figure_is_its_source() -> None:
    """`X projects / forecast / sees / pegs ... at N`: the body giving its view of a figure is
    the figure's source, as with `X estimates`, also when a name follows the verb."""
    cases = {
        "The USDA projects Egyptian wheat imports at 12 million tonnes in 2024.":
            ("12 million tonnes", "The USDA"),
        "InfoLink projected Europe's solar imports for the full year at 91-94 GW.":
            ("91-94 GW", "InfoLink"),
        "Sovecon sees a 17% drop in Russian wheat exports in 2024.": ("17%", "Sovecon"),
        "The Agriculture Ministry forecasts Egyptian wheat imports at 12 million tonnes in 2024.":
            ("12 million tonnes", "The Agriculture Ministry"),
        "The IEA forecasts that China will import 5 million tonnes of LNG in 2024.":
            ("5 million tonnes", "The IEA"),
        "Analysts at the bank forecast soybean exports of 95 million tonnes this year.":
            ("95 million tonnes", "Analysts at the bank"),
    }
    for text, (surface, source) in cases.items():
        found = extracted(text, WHEN)[surface]
        assert found.attribution == source, text
        assert found.modality == "forecast", text


def test_a_clause_between_the_outlook_verb_and_its_that_clause_is_read_through() -> None:
    """`KIET, a research institute, projected earlier this week that exports would grow 2.2
    percent to $700 billion`: the figure may hold a decimal point and follow a time phrase."""
    found = extracted("KIET, a Korean economics research institute, projected earlier this week "
                      "that exports would grow 2.2 percent to $700 billion in 2025.", WHEN)
    assert found["2.2 percent"].attribution == \
        "KIET, a Korean economics research institute"


def test_outlook_words_used_as_nouns_participles_or_headlines_give_no_source() -> None:
    """`Greenfield projects exported ...` (a noun), `the EUR 7 bln projected for 2021` (a
    participle after a figure), `hope to see` (an infinitive), a country's own outlook and a
    headline's `Russia sees ...` (a country's gist) name no source."""
    found = extracted("Greenfield projects exported 47,200 tonnes of copper in 2023.", WHEN)
    assert found["47,200 tonnes"].attribution is None
    found = extracted("Two-way trade reached EUR 7.2 bln, beating the EUR 7 bln projected for "
                      "2021.", WHEN)
    assert found["EUR 7 bln"].attribution is None
    found = extracted("Indian refiners hope to see crude imports from the US reach $25 billion "
                      "this year.", WHEN)
    assert found["$25 billion"].attribution is None
    found = extracted("Russia sees its wheat exports at 50 million tonnes in 2024.", WHEN)
    assert found["50 million tonnes"].attribution is None
    # (a country's outlook in a headline; since the fifty-seventh session a body's is its source)
    found = extracted("Ukraine sees a 13% dip in barley exports\nRussia shipped 40 million "
                      "tonnes of wheat abroad in 2023, customs data showed.", WHEN)
    assert found["13%"].attribution is None
    assert found["40 million tonnes"].attribution == "customs data"


def test_a_time_phrase_before_the_speaker_is_not_part_of_the_source() -> None:
    """`For September the ministry projects ...`, `In 2023 the ministry said ...`: the time
    phrase opening the sentence is dropped from the source."""
    found = extracted("For September the ministry projects exports of between US$53.8 billion "
                      "and US$55.8 billion.", WHEN)
    assert found["US$53.8 billion and US$55.8 billion"].attribution == "the ministry"
    found = extracted("In 2023 the ministry said wheat exports reached 5 million tonnes.", WHEN)
    assert found["5 million tonnes"].attribution == "the ministry"


def test_plan_words_inside_what_an_outlook_foresees_make_a_forecast() -> None:
    """`The IEA forecasts that China will import ...`, `USDA projects that imports will double`:
    the verb of expectation frames its `that` clause, whose `will` is no plan of its own."""
    found = extracted("The IEA forecasts that China will import 5 million tonnes of LNG in "
                      "2024.", WHEN)["5 million tonnes"]
    assert (found.modality, found.attribution) == ("forecast", "The IEA")
    found = extracted("The USDA projects that Chinese pistachio imports will more than double to "
                      "160,000 tons in 2024.", WHEN)["160,000 tons"]
    assert found.modality == "forecast"
    found = extracted("The ministry said that China will import 5 million tonnes of wheat in "
                      "2024.", WHEN)["5 million tonnes"]
    assert found.modality == "planned"


def test_a_document_seeing_a_figure_speaks_for_the_source_named_before() -> None:
    """`the Department of Industry said in a report. The report sees ...`: the report is the
    department's, whose attribution goes on."""
    found = extracted("Australia expects to earn A$130 billion from iron ore exports this year, "
                      "the Department of Industry said in a report. The report sees iron ore "
                      "shipments climbing to 1.1 billion tonnes by 2026.", WHEN)
    assert found["1.1 billion tonnes"].attribution == "the Department of Industry"


def test_be_to_before_a_scheduled_verb_is_a_plan_unless_an_aim_says_it() -> None:
    """`is to bring`, `are to double`, `was to supply` (`scheduled_verbs` in stance_cues.json):
    a plan; `The goal is to double ...` stays the aim's forecast."""
    found = extracted("The new smelter is to bring copper exports to 472,000 tonnes a year.",
                      WHEN)["472,000 tonnes a year"]
    assert found.modality == "planned"
    found = extracted("Kazakh oil flows through Azerbaijan are to double to 2.2 million tons in "
                      "2025.", WHEN)["2.2 million tons"]
    assert found.modality == "planned"
    found = extracted("Under the deal, Jordan is to supply India with 5.2 million tonnes of "
                      "phosphate.", WHEN)["5.2 million tonnes"]
    assert found.modality == "planned"
    found = extracted("The goal is to double exports to $5 billion by 2030.", WHEN)["$5 billion"]
    assert found.modality == "forecast"


def test_a_change_restating_a_forecast_figure_is_a_forecast_too() -> None:
    """`could drop to 875,000 tons in 2021, 21 percent less than last year`: the change after
    the comma restates the forecast figure (the thousands comma before it is no clause break)."""
    found = extracted("Shipments of coconut oil could drop to 875,000 tons in 2021, 21 percent "
                      "less than last year.", WHEN)
    assert found["875,000 tons"].modality == "forecast"
    assert found["21 percent"].modality == "forecast"
    found = extracted("Bangladesh could buy 1 million bales of US cotton in 2022-23, up 43% on "
                      "the year.", WHEN)["43%"]
    assert found.modality == "forecast"
    found = extracted("Exports may fall to 2 million tons, while imports rose 12% to 3 million "
                      "tons.", WHEN)["12%"]
    assert found.modality == "reported"


def test_outlook_words_inside_an_estimate_make_an_estimate() -> None:
    """`FAS Tokyo estimates that imports will total ...` and `..., the agency estimates.` frame
    the outlook words inside them as the source's estimate; an `estimate` noun does not."""
    found = extracted("FAS Tokyo estimates that Japan's corn imports will total 15.5 million tons "
                      "in 2024, 2.4 percent lower than a year earlier.", WHEN)
    assert found["15.5 million tons"].modality == "estimated"
    assert found["2.4 percent"].modality == "estimated"
    found = extracted("Shipments of sunflower oil could fall to 1.1 million tons in 2024, 29% less "
                      "than in 2023, the agency estimates.", WHEN)
    assert found["1.1 million tons"].modality == "estimated"
    found = extracted("The USDA projects Philippine rice imports at 3.9 million tonnes in 2024, "
                      "below its initial 4.1 million tonne estimate.", WHEN)["3.9 million tonnes"]
    assert found.modality == "forecast"


def test_an_outlook_verb_closing_the_figures_before_it_names_their_source() -> None:
    """`..., the economy ministry projects in a recent report, a 41% rise ...`: the outlook verb
    after a comma closes the figures before it; not `..., and by putting it into infrastructure
    projects, ...` nor `Greenfield projects, which ...` (nouns)."""
    found = extracted("Gabon's manganese exports are set to reach 13.5 million tonnes by 2025, the "
                      "economy ministry projects in a recent report, a 41% rise on 2021.", WHEN)
    assert found["13.5 million tonnes"].attribution == "the economy ministry"
    assert found["41%"].attribution == "the economy ministry"
    found = extracted("Russia paid for goods from India, whose exports to Russia grew 39% to $4.05 "
                      "billion, and by putting it into infrastructure projects, shares and bonds.",
                      WHEN)
    assert found["$4.05 billion"].attribution is None
    found = extracted("Greenfield projects, which exported 47,200 tonnes of copper in 2023, are in "
                      "Zambia.", WHEN)
    assert found["47,200 tonnes"].attribution is None


def test_a_figure_put_at_an_amount_with_a_currency_code_names_who_put_it() -> None:
    """`The WTO put Djibouti's goods exports at USD 4.5 billion`: a currency code or letters
    before the amount (`USD`, `Rs`, `R`) still make `put ... at` a figure put by its subject."""
    found = extracted("The WTO put Djibouti's goods exports at USD 4.5 billion in 2022.", WHEN)
    assert found["USD 4.5 billion"].attribution == "The WTO"
