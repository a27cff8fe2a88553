"""Attribution and modality rules of the fortieth session's seventh attribution round
(2026-12-05), each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_figures_beside_compensated_gross_tonnage_are_ships_ordered() -> None:
    """A sentence measuring ships in CGT counts orders, a planned flow (its shares too); ships
    delivered in CGT are a record."""
    text = ("Japanese yards booked 2.1 million compensated gross tons of new vessels in 2023, or "
            "18 percent of the 11.6 million CGT placed worldwide.")
    for surface in ("2.1 million compensated gross tons", "18 percent", "11.6 million CGT"):
        assert _modality(text, surface) == "planned", surface
    assert _modality("Italian builders, with 640,000 CGT, or 6 percent, came fourth in May.",
                     "6 percent") == "planned"
    assert _modality("Yards in Italy delivered 640,000 CGT in May, up 4 percent.",
                     "640,000 CGT") == "reported"


def test_a_tender_to_buy_an_amount_is_a_plan() -> None:
    """`a tender to buy`, `tender on <date> to buy`, `won a tender to take`, `tenders for` an
    amount of goods are planned; a lot sold by tender for a price is not."""
    cases = {
        "Jordan's grain agency has opened a new international tender to buy 120,000 tonnes of "
        "barley.": "120,000 tonnes",
        "Kenya's board closes a tender on 4 June to buy 60,000t of urea.": "60,000t",
        "A Swiss trader won a Tunisian tender to supply 75,000 tonnes of durum wheat.":
            "75,000 tonnes",
        "Algeria tenders for 50,000 tonnes of barley.": "50,000 tonnes",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "planned", text
    assert _modality("A rare blue diamond from Botswana went on tender for $8.1-million.",
                     "$8.1-million") == "reported"


def test_goods_booked_are_planned_and_takings_booked_are_not() -> None:
    """A booking verb before its amount or a passive `have been booked` is a planned purchase;
    money booked in receipts or from sales, a ledger's `books`, a booking with no amount after
    it and an entry `booked in` a quarter are reported."""
    sales = ("Net sales of U.S. upland cotton reached 98,000 bales last week. Egypt booked the "
             "most at 31,000 bales, followed by Turkey with 12,000.")
    assert _modality(sales, "31,000 bales") == "planned"
    assert _modality(sales, "12,000") == "planned"
    assert _modality("Turkish mills have booked 420,000 tonnes of Russian wheat.",
                     "420,000 tonnes") == "planned"
    assert _modality("At least 12 cargoes of Brazilian soybeans have been booked, or about "
                     "800,000 tons.", "800,000 tons") == "planned"
    assert _modality("Kenya booked $210 million in tea export receipts in March.",
                     "$210 million") == "reported"
    assert _modality("Ghana books record $2.1bn from cocoa sales abroad.", "$2.1bn") == "reported"
    assert _modality("Asian buyers booked more Peruvian fishmeal in May, lifting exports by "
                     "14% to 210,000 tonnes.", "210,000 tonnes") == "reported"
    assert _modality("Angola's imports fell by $1 billion because a $1.5 billion rig had been "
                     "booked in the first quarter of 2023.", "$1.5 billion") == "reported"


def _source(text: str, surface: str, when: date = WHEN) -> str | None:
    return in_body(text, when)[surface].attribution


def test_who_puts_a_figure_at_an_amount_is_read_like_a_speaker() -> None:
    """`put ... at` reads its subject as `said` does: a name with its apposition, past an
    auxiliary, after a dateline, any hedge before the figure; a source closing the sentence wins,
    and so does a person who relays the figure (`..., he said`)."""
    assert _source("Vortexa, a London-based tracker, put Indian imports of Iraqi crude at around "
                   "910,000 barrels per day in May.", "910,000 barrels per day") == \
        "Vortexa, a London-based tracker"
    assert _source("Finance Minister Jane Obi has put two-way trade with Ghana at almost $3 "
                   "billion.", "$3 billion") == "Finance Minister Jane Obi"
    assert _source("Chamber head Ali Rahimi put Iran's exports to Iraq at approximately $9 "
                   "billion.", "$9 billion") == "Chamber head Ali Rahimi"
    assert _source("Turkish customs figures put the country's coal imports at 3.1 million tonnes "
                   "in May, down 4% from April, Interfax reported.", "3.1 million tonnes") == \
        "Interfax"
    assert _source("Energy analyst Maria Lopez said Mexico shipped 40,000 barrels a day to Cuba in "
                   "2021. Rough estimates put the 2022 volume at close to 30,000 barrels a day, "
                   "she said.", "30,000 barrels a day") == "she (Energy analyst Maria Lopez)"
    assert _source("Brazilian officials put soybean exports to China at 70 million tonnes, whereas "
                   "Chinese media reported 65 million tonnes.", "65 million tonnes") == \
        "Chinese media"


def test_who_expects_a_flow_to_reach_a_figure_is_its_source() -> None:
    """`Analysts expect X to reach N`: the infinitive and its figure after the object make the
    plural `expect` a view of the figure; `projected to exceed` after the noun `projects` does
    not make the projects a source."""
    assert _source("Analysts at the Kenya Institute expect tea exports to Pakistan to reach about "
                   "$700 million next year.", "$700 million") == "Analysts at the Kenya Institute"
    assert _source("Brownfield projects shipped 31,000 tonnes in 2023 and are projected to exceed "
                   "90,000 tonnes by 2030.", "31,000 tonnes") is None
