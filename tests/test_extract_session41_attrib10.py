"""Attribution and modality rules of the forty-first session's tenth attribution round
(2026-12-05), each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _source(text: str, surface: str) -> str | None:
    return in_body(text, WHEN)[surface].attribution


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_a_flow_word_before_an_office_is_a_title() -> None:
    """`sales manager John Kamara said`, `procurement chief Ali Demir announced`: a flow word
    before an office names the speaker's duties; the speaker closing the sentence is the
    source."""
    cases = {
        "Guinea's state fuel company imported 18,000 metric tons of diesel over the weekend, "
        "sales manager Ibrahima Sow said.": ("18,000 metric tons", "sales manager Ibrahima Sow"),
        "Tunisia's barley imports rose 12% to 900,000 tonnes in 2023, procurement chief Ali "
        "Ben Salah announced.": ("900,000 tonnes", "procurement chief Ali Ben Salah"),
        "Sesame exports reached $300 million last year, import-export coordinator Abebe Tola "
        "said.": ("$300 million", "import-export coordinator Abebe Tola"),
    }
    for text, (surface, source) in cases.items():
        assert _source(text, surface) == source, text


def test_a_web_address_is_an_outlet() -> None:
    """`bdnews24.com reported`: a web address names a news site, digits and all."""
    text = "Jute goods exports from Bangladesh reached $912 million in 2023, newsbd24.com reported."
    assert _source(text, "$912 million") == "newsbd24.com"


def test_would_before_an_arrival_or_a_passive_of_trade_is_a_plan() -> None:
    """`would be imported`, `would land`: what a speaker says will be brought in is planned, as
    `would be shipped` was."""
    cases = {
        "The minister said 60,000 tonnes of sugar would be imported through Mombasa in July.":
            "60,000 tonnes",
        "The remaining 400,000 tons of rice would land before the end of the year, the agency "
        "said.": "400,000 tons",
        "A further 8,000 metric tonnes of sugar would be exported from Lautoka next week, the "
        "mill said.": "8,000 metric tonnes",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "planned", text


def test_that_would_be_restates_the_outlook_before_it() -> None:
    """`That would be 73% more than ...`: the restated figure takes the outlook or plan of the
    sentence before; its baselines (`than in 2024`) and restated records stay reported."""
    text = ("Peru should export 2.3 million tonnes of copper concentrate in 2025, the mining "
            "society projects. That would be 13% more than in 2024 and 5% above 2023.")
    assert _modality(text, "13%") == "forecast"
    assert _modality(text, "5%") == "forecast"
    planned = ("The miner plans to raise potash sales to 15 million tonnes this year. That would "
               "be 1 million tonnes more than in 2023.")
    assert _modality(planned, "1 million tonnes") == "planned"
    recorded = ("Peru exported 2.3 million tonnes of copper concentrate in 2024, the mining "
                "society said. That would be roughly a fifth of world trade.")
    assert _modality(recorded, "a fifth") == "reported"


def test_an_amount_secured_lined_up_or_awarded_is_planned() -> None:
    """`secured 120,000 tonnes`, `has lined up about 3 million barrels`, `awarded 150,000
    tonnes`: a purchase won in a tender or deal is a planned delivery; a share secured is no
    purchase."""
    cases = {
        "Jordan's state buyer secured 120,000 tonnes of wheat in a tender on Tuesday.":
            "120,000 tonnes",
        "The Indian refiner has lined up about 3 million barrels of Guyanese crude.":
            "3 million barrels",
        "The food agency awarded 150,000 tonnes of rice to Vietnamese suppliers.":
            "150,000 tonnes",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "planned", text
    share = "Kenyan tea secured a 12% share of Pakistan's imports in 2023."
    assert _modality(share, "12%") == "reported"


def test_added_beside_an_amount_is_no_remark() -> None:
    """`Cashew kernels added N9.2 billion`, `with 400 MW added in 2026`, `Every dollar added to`:
    `added` with an amount after it (a currency's letters before the digits too) or before it, or
    with `to`, is a sum, and the source said before keeps its figures."""
    text = ("Ghana's cocoa exports reached N43.5 billion in the quarter, the statistics bureau "
            "said. Cashew kernels added N9.2 billion, ranking behind cocoa.")
    assert _source(text, "N9.2 billion") == "the statistics bureau"
    power = ("Laos will export 1,200 MW of power to Cambodia, the energy ministry said. Phase "
             "one is to deliver 300 MW by 2025, with 400 MW added in 2026.")
    assert _source(power, "300 MW") == "the energy ministry"


def test_a_clause_before_a_colon_is_no_label() -> None:
    """`The UAE fared better: its shipments rose 11%`: a clause a colon explains names no
    source; the one said before keeps the figures (`KOTRA: ...` stays a label)."""
    text = ("Sales to China fell 20% to 1.3 million tons, the consultancy said. The UAE fared "
            "better: its shipments rose 11% to 1.9 million tons.")
    assert _source(text, "1.9 million tons") == "the consultancy"


def test_forecasts_beaten_are_no_source() -> None:
    """`widened in May, beating forecasts, the revenue service reported`: the forecasts beaten
    are a noun; the source closing the sentence is the speaker."""
    text = ("The trade surplus widened in May, beating forecasts, the revenue service reported "
            "on Friday. Exports rose 9.4% from April.")
    assert _source(text, "9.4%") == "the revenue service"
