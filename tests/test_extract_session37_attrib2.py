"""Attribution and modality rules of the thirty-seventh session's second round (2026-12-04),
each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, in_body

WHEN = date(2024, 6, 12)


def test_where_and_when_a_source_spoke_still_closes_the_sentence() -> None:
    """`the company said in a press release`, `said on May 25`, `said on its Facebook page`,
    `told a briefing in Lusaka`, `data released on Friday May 20 showed`, `the Ministry of
    Commerce projects.`, `projected on Tuesday`: the phrase before the verb is the source."""
    cases = {
        "Zamco sold 40,000 tonnes of copper to Japan in 2023, the company said in a press "
        "release.": ("40,000 tonnes", "the company"),
        "Cement exports to Kenya fell 12% in January-April to 300,000 tonnes, the company said "
        "on May 25.": ("300,000 tonnes", "the company"),
        "Peru exported 2.3 million tonnes of zinc to China in 2023, the cabinet said on its "
        "Facebook page on Sunday.": ("2.3 million tonnes", "the cabinet"),
        "Zambia sold 90,000 tonnes of maize to Malawi last year, the board told a briefing in "
        "Lusaka.": ("90,000 tonnes", "the board"),
        "Chile shipped 52,000 tonnes of copper to India in April, Chilean customs data released "
        "on Friday May 20 showed, as demand rose.": ("52,000 tonnes", "Chilean customs data"),
        "Ghana will export 900,000 tonnes of cocoa to the Netherlands in 2025, the Ministry of "
        "Trade projects.": ("900,000 tonnes", "the Ministry of Trade"),
        "Peru will ship 2 million tonnes of zinc to China this year, the US Geological Survey "
        "projected on Tuesday.": ("2 million tonnes", "the US Geological Survey"),
    }
    for text, (surface, source) in cases.items():
        assert in_body(text, WHEN)[surface].attribution == source, text


def test_a_prepositional_phrase_or_a_figure_is_no_source_for_its_place_alone() -> None:
    """After a comma before a closing verb, a phrase opening on a preposition (`under deals
    announced in Washington`) or holding a number (`up from the 120 systems the adviser
    estimated in May`) is no source, so the sentence's real one stands."""
    claims = extracted("Trade\nEgypt agreed to buy 4 million tonnes of LNG from Qatar, under "
                       "deals announced in Cairo on June 11.", WHEN)
    assert claims["4 million tonnes"].attribution is None
    claims = extracted("Trade\nRussia has sold Iran 300,000 tonnes of wheat this year, the "
                       "Agriculture Ministry said on Tuesday in a report to lawmakers, up from "
                       "the 120,000 tonnes the adviser estimated in May.", WHEN)
    assert claims["300,000 tonnes"].attribution == "the Agriculture Ministry"


def test_a_speaker_relayed_by_an_outlet_and_a_report_of_a_day() -> None:
    """`X said, as reported by Y` keeps X, the speaker, as the source (as `according to` and
    `quoted by` do); `according to its monthly report of June 11` is the report without the
    day that closes it."""
    claims = extracted("Trade\nKenya imported 52,000 new cars in April, the motor agency "
                       "Autodata said, as reported by Interfax on May 7.", WHEN)
    assert claims["52,000 new cars"].attribution == "the motor agency Autodata"
    claims = extracted("Trade\nNigeria's crude exports slipped to 1.3 million bpd in May, "
                       "according to OPEC's monthly report of June 11.", WHEN)
    assert claims["1.3 million bpd"].attribution == "OPEC's monthly report"


def test_the_amount_a_deal_binds_is_planned() -> None:
    """`a contract for`, `an arrangement covering`, `deal with X provides for`, `a deal with X to
    buy` before a figure: the amount is a planned flow; what came in under contracts named by
    a year (`Under its contracts for 2018 ... received`) is reported."""
    cases = {
        "Ghana imports LNG from Qatar under a ten-year contract for 1.2 million tonnes a year.":
            "1.2 million tonnes a year",
        "Imports of Turkmen gas by Russia resumed in 2019 under a contract envisaging 5 "
        "billion cubic metres a year.": "5 billion cubic metres a year",
        "Energocom's deal with Gazprom provides for 2.1 billion cubic metres of gas a year.":
            "2.1 billion cubic metres",
        "Indian Oil has a long-term deal with Rosneft to buy as much as 300,000 barrels a day "
        "of Russian oil.": "300,000 barrels a day",
        "Nepal receives diesel from India under a yearly arrangement covering 90,000 tonnes.":
            "90,000 tonnes",
    }
    for text, surface in cases.items():
        assert in_body(text, WHEN)[surface].modality == "planned", text
    claims = extracted("Trade\nUnder its contracts for 2018 Syria received 298,000 tons of "
                       "wheat from Russia.", WHEN)
    assert claims["298,000 tons"].modality == "reported"


def test_the_one_quoted_as_saying_is_the_source() -> None:
    """`the agency quoted X, head of ..., as saying` and `X was quoted as saying (by the
    outlet)`: the one quoted speaks for the figures, not the outlet that quotes them."""
    cases = {
        "Kenya sold 40,000 tonnes of tea to Pakistan in May, the KNA news agency quoted "
        "Kenya's envoy to Islamabad, John Mwangi, as saying on Monday.":
            ("40,000 tonnes", "Kenya's envoy to Islamabad, John Mwangi"),
        "Algeria will export 2 billion cubic metres of gas to Italy this winter, Energy "
        "Minister Paolo Rossi was quoted as saying by the ANSA agency.":
            ("2 billion cubic metres", "Energy Minister Paolo Rossi"),
    }
    for text, (surface, source) in cases.items():
        assert in_body(text, WHEN)[surface].attribution == source, text


def test_a_long_title_before_a_closing_outlook_verb_is_the_source() -> None:
    """`..., Kenya Tea Development Agency managing director Peter Otieno Kamau has warned.`: a
    source with a long title closing the figures before an outlook verb is still the source."""
    claims = extracted("Trade\nKenya's tea exports to Pakistan may fall by 40,000 tonnes in 2024 "
                       "as demand slows, Kenya Tea Development Agency managing director Peter "
                       "Otieno Kamau has warned.", WHEN)
    assert claims["40,000 tonnes"].attribution == ("Kenya Tea Development Agency managing "
                                                   "director Peter Otieno Kamau")
