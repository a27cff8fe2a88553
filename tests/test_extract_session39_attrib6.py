"""Attribution and modality rules of the thirty-ninth session (attrib6) of 2026-12-05, each
pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 3, 21)


def test_an_amount_an_authority_approves_for_trade_is_planned() -> None:
    """An approval verb before a figure, an approval or clearing verb before a trade noun and
    `of` or with a use after it, and an approval noun before a trade verb: the amount let
    through is a plan."""
    cases = {
        "The trade ministry has approved 250,000 tonnes of sugar exports to Kenya.":
            "250,000 tonnes",
        "Lagos has cleared a further 8,000 tonnes of ginger for export to Morocco.":
            "8,000 tonnes",
        "The farm ministry approved maize imports of about 600,000 tonnes from Zambia.":
            "600,000 tonnes",
        "The cabinet has cleared purchases of 90,000 tonnes of Thai rice.": "90,000 tonnes",
        "Regulators gave approvals to three utilities to import 1.5 GW of power from Laos.":
            "1.5 GW",
        "Some 3,000 tonnes of onions have been approved for export to Jordan.":
            "3,000 tonnes",
    }
    for text, surface in cases.items():
        assert extracted(text, WHEN)[surface].modality == "planned", text


def test_cleared_goods_and_approved_flows_that_happened_stay_reported() -> None:
    """Customs clearing goods records them; `Approved imports` opening the subject describe a
    flow; a clause after `of which` or `;` has its own statement."""
    cases = {
        "Customs in Almaty cleared 4,200 tonnes of Chinese apples last week.": "4,200 tonnes",
        "Approved imports of wheat rose to 2 million tonnes in January.": "2 million tonnes",
        "Kenya has authorised imports of 500,000 tonnes of maize, of which 120,000 tonnes had "
        "arrived by February.": "120,000 tonnes",
        "The board has cleared sales of 20 million tonnes; the miner ships 1.5 million tonnes "
        "a month to China.": "1.5 million tonnes a month",
    }
    for text, surface in cases.items():
        assert extracted(text, WHEN)[surface].modality == "reported", text


def test_a_body_moving_its_own_view_of_a_figure_is_its_source() -> None:
    """`X has raised/lowered/lifted/cut its forecast/estimate ... to N`: the body revising its own
    view is the source of the figures; a flow it moves itself, another's view and a country
    moving its outlook name no source."""
    cases = {
        "The Grain Union has raised its forecast for Kazakh wheat exports to 9.5 million tonnes.":
            ("9.5 million tonnes", "The Grain Union"),
        "Two trading houses have lowered their 2024 import estimates to about 3 million tonnes.":
            ("3 million tonnes", "Two trading houses"),
        "In mid-April the council lifted its outlook for cocoa exports to 2.1 million tonnes.":
            ("2.1 million tonnes", "the council"),
        "Egypt raised its wheat imports to 12 million tonnes in 2023.":
            ("12 million tonnes", None),
        "Heavy rain has cut the exchange's soybean export forecast to 4 million tonnes.":
            ("4 million tonnes", None),
        "Ghana raises its cocoa export forecast to 800,000 tonnes.": ("800,000 tonnes", None),
    }
    for text, (surface, source) in cases.items():
        assert extracted(text, WHEN)[surface].attribution == source, text


def test_figures_that_give_a_share_are_its_source() -> None:
    """`Figures give X 32% of ...`: the plural `give` states a figure as `gives` does."""
    text = "Official trade figures give Brazil 41% of world soybean exports."
    assert extracted(text, WHEN)["41%"].attribution == "Official trade figures"


def test_an_analysis_that_shows_figures_gives_them_as_reported() -> None:
    """`X's analysis of customs records shows`: an analysis with its own verb of showing reads
    figures off records, so those after it are reported, not estimates."""
    text = ("Peru shipped 90,000 tonnes of blueberries in 2023, a Fresh Data analysis of customs "
            "records shows, a 12% rise on the 80,000 tonnes of 2022.")
    assert extracted(text, WHEN)["12%"].modality == "reported"
