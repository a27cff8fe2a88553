"""Attribution and modality rules of the thirty-seventh session of 2026-12-04, each pinned by
invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, in_body

WHEN = date(2024, 6, 12)


def test_a_year_in_a_documents_title_keeps_it_a_source() -> None:
    """`the Economic Survey 2023`, `a March 2024 bulletin by ...`, `the 2023 budget`: a year
    before or after a document noun is part of the document's name, so the phrase is still a
    source; a year in any other phrase still makes it a statement, not a source."""
    cases = {
        "Uganda exported 310,000 tonnes of coffee to Italy in 2022, the Statistical Abstract "
        "report 2023 shows.": ("310,000 tonnes", "the Statistical Abstract report 2023"),
        "Ghana shipped 85,000 tonnes of cashew to Vietnam last year, the Export Authority's "
        "2023 annual review shows.": ("85,000 tonnes", "the Export Authority's 2023 annual review"),
        "Peru sold $2.1 billion of copper to China in 2022, a March 2023 bulletin by the central "
        "bank said.": ("$2.1 billion", "a March 2023 bulletin by the central bank"),
    }
    for text, (surface, source) in cases.items():
        assert in_body(text, WHEN)[surface].attribution == source, text
    plain = extracted("Trade\nPeru sold 400,000 tonnes of zinc to China in 2022, producers in "
                      "2023 said.", WHEN)
    assert plain["400,000 tonnes"].attribution is None


def test_plural_expect_warned_and_predicted_are_verbs_of_a_source() -> None:
    """`Analysts expect ...`, `the council warned that ...`, `X predicted that ...`: the one who
    expects, warns or predicts a figure is its source; the plural `expect` before an
    infinitive of the subject's own act (`Growers expect to ship`) is their plan, no source."""
    cases = {
        "Shipbrokers expect Indian imports of Saudi crude to ease to around 700,000 bpd in "
        "July.": ("700,000 bpd", "Shipbrokers"),
        "The grain council warned that Kenyan wheat imports from Russia could fall 30% this "
        "year.": ("30%", "The grain council"),
        "Trade analyst Maria Lopez predicted that Chilean copper exports to China would reach "
        "$40 billion in 2025.": ("$40 billion", "Trade analyst Maria Lopez"),
    }
    for text, (surface, source) in cases.items():
        assert in_body(text, WHEN)[surface].attribution == source, text
    own = extracted("Trade\nChilean growers expect to ship 90,000 tonnes of cherries to China "
                    "this season.", WHEN)
    assert own["90,000 tonnes"].attribution is None


def test_a_participle_before_the_figure_completes_an_outlook() -> None:
    """`X sees Brazilian output reaching 10 million tonnes`, `sees imports rising 19%`: the
    figure after a participle is the view the outlook verb gives, so X is its source."""
    cases = {
        "The bank sees Peruvian copper exports to China reaching 2.4 million tonnes next year.":
            ("2.4 million tonnes", "The bank"),
        "Sovecon sees Egyptian wheat imports from Russia rising 12% in the new season.":
            ("12%", "Sovecon"),
    }
    for text, (surface, source) in cases.items():
        found = in_body(text, WHEN)[surface]
        assert found.attribution == source, text
        assert found.modality == "forecast", text


def test_set_to_before_a_change_is_a_forecast() -> None:
    """`exports are set to grow 10%`, `imports set to top $1 billion`, `is set to more than
    double`: `set to` before a change or a level to reach is a forecast, not a plan; `set to
    total ... in four cargoes` (a loading programme) stays a plan."""
    cases = {
        "Peru's blueberry exports to China are set to grow 15% this season.": "15%",
        "Kenyan tea shipments to Pakistan are set to top $600 million this year.": "$600 million",
        "Brazil is set to more than double its corn exports to Egypt next year.": "double",
    }
    for text, surface in cases.items():
        assert in_body(text, WHEN)[surface].modality == "forecast", text
    loading = extracted("Trade\nJuly exports of Basrah crude to India are set to total 9 "
                        "million barrels in five cargoes.", WHEN)
    assert loading["9 million barrels"].modality == "planned"


def test_an_aim_for_a_figure_is_a_goal_unless_it_is_a_purchase() -> None:
    """`aims to ship`, `is aiming to lift output to`, `aimed to sell`: an aim for a figure is a
    goal, a forecast; `aims to buy`, `aiming to import`: a purchase aimed at is a plan."""
    goals = {
        "Vietnam aims to ship 2 million tonnes of cassava to China this year.": "2 million tonnes",
        "Angola is aiming to lift crude exports to China to 900,000 bpd by 2026.": "900,000 bpd",
        "The state miner aimed to sell 3 million tonnes of iron ore to Japan in 2023.":
            "3 million tonnes",
    }
    for text, surface in goals.items():
        assert in_body(text, WHEN)[surface].modality == "forecast", text
    purchase = extracted("Trade\nBangladesh aims to buy 500,000 tonnes of wheat from Russia "
                         "this year.", WHEN)
    assert purchase["500,000 tonnes"].modality == "planned"


def test_an_office_with_its_qualifiers_in_an_apposition() -> None:
    """`Name, additional secretary in the Department of Commerce, said`, `Name, executive
    chairman of the exchange, said`: up to two words before the office still make the phrase
    between the commas the speaker's description."""
    cases = {
        "Peru's fishmeal exports to China reached $1.2 billion in 2023, Ana Torres, additional "
        "secretary in the trade ministry, said on Monday.":
            ("$1.2 billion", "Ana Torres, additional secretary in the trade ministry"),
        "Ghana sold 310,000 tonnes of cocoa to the Netherlands in 2023, Kofi Mensah, executive "
        "director of the cocoa board, told reporters.":
            ("310,000 tonnes", "Kofi Mensah, executive director of the cocoa board"),
    }
    for text, (surface, source) in cases.items():
        assert in_body(text, WHEN)[surface].attribution == source, text
