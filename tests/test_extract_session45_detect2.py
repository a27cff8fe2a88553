"""Session 45, claims and their kinds (second round): restated changes and old shares."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body


def test_a_figure_restated_as_a_percent_before_a_comparative_is_a_change() -> None:
    # `8.25 bcm ..., 2.4 bcm or 40.7% more than in 2016`, `NOK 513 million, or 86 per cent,
    # higher than`, `261,000t, or 24 percent, above 2023's`: the first figure is the change
    text = ("Ruritania exported 8.2 million tonnes of wheat to Freedonia in 2023, 2.4 million "
            "tonnes or 40.7% more than in 2022, the ministry said. It sold NOK 900 million of "
            "cod to Freedonia in May, NOK 300 million, or 50 per cent, higher than a year "
            "earlier. Its barley shipments to Freedonia came to 700,000 tonnes in 2023, "
            "200,000 tonnes, or 40 percent, above 2022's.")
    claims = in_body(text, date(2024, 3, 1))
    assert claims["8.2 million tonnes"].kind == "level"
    assert (claims["2.4 million tonnes"].kind, claims["2.4 million tonnes"].direction) == (
        "change", "up")
    assert (claims["NOK 300 million"].kind, claims["NOK 300 million"].direction) == (
        "change", "up")
    assert (claims["200,000 tonnes"].kind, claims["200,000 tonnes"].direction) == (
        "change", "up")


def test_the_old_percent_a_share_moved_from_is_a_share() -> None:
    # `Belarus's share ... slumped from 42% to 3%`, `while China's fell from 51% in 2019 to
    # 0.1%`: the percent after a movement verb and `from`, before `to` a new percent, is the
    # old share in a sentence about shares
    text = ("Ruritania's share of Freedonia's wheat imports slumped from 42% to 3% in 2022. "
            "Ruritania's share of Freedonia's coffee imports rose to 43.5% in 2021, while "
            "Patria's fell from 51% in 2019 to 12%.")
    claims = in_body(text, date(2024, 3, 1))
    assert claims["42%"].kind == "share"
    assert claims["51%"].kind == "share"


def test_goods_contracted_lined_up_or_snapped_up_are_bought_not_a_change() -> None:
    # `has contracted about 1.267 million metric tons of wheat`, `has lined up about 7 million
    # barrels of crude`, `snapped up 1,156,000 tonnes of corn`: a purchase, not a fall or rise
    text = ("Freedonia's state buyer has contracted about 1.2 million metric tons of wheat from "
            "Ruritania, traders said. Patria has lined up about 7 million barrels of Ruritanian "
            "crude for March. Freedonia has snapped up 500,000 tonnes of Ruritanian corn. "
            "Freedonian exports to Ruritania contracted 9.4% in May.")
    claims = in_body(text, date(2024, 3, 1))
    assert claims["1.2 million metric tons"].kind == "level"
    assert claims["7 million barrels"].kind == "level"
    assert claims["500,000 tonnes"].kind == "level"
    assert (claims["9.4%"].kind, claims["9.4%"].direction) == ("change", "down")


def test_goods_that_added_an_amount_to_a_list_of_goods_hold_a_part_not_a_rise() -> None:
    # `Ready-made clothes added another $2.1 billion`, `Kazakhstan added 4,900 tons`: a row's
    # part of a total; still a rise when added to something, or when the sentence moves
    # something before it
    text = ("Ruritania's coffee exports to Freedonia were worth $2.9 billion last year. Tea "
            "added another $1.6 billion. Cut flowers added $105 million to the total. "
            "Freedonia's apparel imports shrank by $1.1 billion, whereas Patria added "
            "$1.19 billion.")
    claims = in_body(text, date(2024, 3, 1))
    assert claims["$1.6 billion"].kind == "level"
    assert (claims["$105 million"].kind, claims["$105 million"].direction) == ("change", "up")
    assert (claims["$1.19 billion"].kind, claims["$1.19 billion"].direction) == (
        "change", "up")

