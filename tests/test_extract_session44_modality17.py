"""The forty-fourth session's modality rules (2026-12-05): a deal or plan named in a clause of
time dates a figure without planning it; a trade pact plans nothing; goods earmarked or due are
planned. Invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_a_deal_in_a_clause_of_time_does_not_plan_the_figure() -> None:
    """`Once`, `since`, `when`, `after` opening a clause that holds the plan word but not the
    figure: the deal dates the figure, which happened."""
    text = ("Once a mango protocol had been signed, Kenya shipped more than $40 million of mangoes "
            "to China in 2022.")
    assert _modality(text, "$40 million") == "reported"
    text = ("Ghana's cocoa sales to Turkey have grown 64% since the two countries signed a "
            "supply accord in 2015.")
    assert _modality(text, "64%") == "reported"


def test_a_figure_inside_the_clause_of_time_or_after_a_modal_keeps_the_plan() -> None:
    """The figure in the same clause as the plan word keeps it (`after Egypt agreed to buy
    50,000 tonnes`), and a modal verb belongs to the main clause."""
    text = "Kenyan tea exports rose 10% after Egypt agreed to buy 50,000 tonnes of Kenyan tea."
    assert _modality(text, "10%") == "reported"
    assert _modality(text, "50,000 tonnes") == "planned"
    text = ("Orders placed before the ban took effect will bring in a further 30,000 tonnes of "
            "Pakistani onions by June.")
    assert _modality(text, "30,000 tonnes") == "planned"


def test_a_trade_pact_is_no_plan_cue() -> None:
    """`agreement` after `free trade`, `partnership` frames the trade, it sets no amount; a
    supply agreement still does."""
    text = "Exports to Chile rose 12% to $40 million under the new free trade agreement."
    assert _modality(text, "$40 million") == "reported"
    assert _modality(text, "12%") == "reported"
    text = "Exports to Chile rose 12% to $40 million under the new supply agreement."
    assert _modality(text, "$40 million") == "planned"


def test_goods_earmarked_are_planned() -> None:
    """`earmarked for export`: the amount set apart for a use is a plan."""
    text = "Roughly 70 per cent of the power from the new dam is earmarked for export to Vietnam."
    assert _modality(text, "70 per cent") == "planned"
    text = "Some 60% of the mine's copper exports are earmarked for China."
    assert _modality(text, "60%") == "planned"
    text = ("Algeria stayed the top gas supplier with 9.6 bcm, with a share earmarked for "
            "Portugal, while Spanish gas imports shrank by about 13.5% to 32.6 bcm.")
    assert _modality(text, "13.5%") == "reported"


def test_goods_due_somewhere_or_sometime_are_planned() -> None:
    """`due at` a port, `due to sail`, `due in mid-` a month, `was due`: goods scheduled to move
    are planned (not the cause `due to`)."""
    text = ("A first 30,000 tonnes of wheat arrived in May, with 45,000 tonnes of wheat due in "
            "mid-July.")
    assert _modality(text, "30,000 tonnes") == "reported"
    assert _modality(text, "45,000 tonnes") == "planned"
    text = "A 600,000-barrel cargo of Iranian crude was due at Tartus on March 3."
    assert _modality(text, "600,000-barrel") == "planned"
    text = ("Kenya bought 10,000 tonnes of Thai sugar in May, with a further 25,000 tonnes due "
            "to sail next week.")
    assert _modality(text, "25,000 tonnes") == "planned"
    text = "Copper exports fell 12% to 40,000 tonnes due to lower output at the main mine."
    assert _modality(text, "40,000 tonnes") == "reported"


def test_a_figure_measured_against_a_plan_happened() -> None:
    """`more than planned`, `below schedule`, `percent of the plan`, `against a plan of`: the plan
    measures a figure that happened; a plan's own figure right after it stays planned."""
    text = "Chile exported 2.1 million tonnes of copper last year, 8% more than planned."
    assert _modality(text, "2.1 million tonnes") == "reported"
    assert _modality(text, "8%") == "reported"
    text = "The mine exported 512,000 tonnes of coal against a plan of 480,000 tonnes."
    assert _modality(text, "512,000 tonnes") == "reported"
    assert _modality(text, "480,000 tonnes") == "planned"
