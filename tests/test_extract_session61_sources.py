"""Session 61, sources: each test pins one rule of the session on invented text (one where the
rule applies, one near-miss where it must not)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


# An outlook verb's figure may follow `record` (`sees record $14-16 billion trade`) and a
# currency written with a one-letter country prefix (`N$`, `R$`): the body that sees it is the
# source, as before a bare figure.

def test_a_record_figure_after_sees_keeps_the_speaker() -> None:
    found = _by_surface("Lukashenko sees record $9-10 billion trade with Kazakhstan this year\n"
                        "The two sides met in Minsk.")
    assert found["$9-10 billion"].attribution == "Lukashenko"
    assert found["$9-10 billion"].modality == "forecast"


def test_a_one_letter_currency_after_sees_keeps_the_speaker() -> None:
    found = _by_surface("Trade board sees diamond exports reaching N$12.5 billion\n"
                        "The board met on Monday.")
    assert found["N$12.5 billion"].attribution == "Trade board"


def test_a_country_that_sees_a_record_figure_gives_no_source() -> None:
    found = _by_surface("Kazakhstan sees record $9-10 billion trade with Belarus this year\n"
                        "The two sides met in Minsk.")
    assert found["$9-10 billion"].attribution is None


# A data firm or body that `tracked`, `tracks` or `counts` a figure (`Vortexa tracked upwards of
# 1.8 million barrels a day`) records it, like `counted` before: it is the source. The verb with
# no figure after it (`the 40 markets the association tracks`) records nothing.

def test_a_data_firm_that_tracked_a_flow_is_its_source() -> None:
    found = _by_surface("Kpler tracked about 640,000 barrels a day of Angolan crude heading to "
                        "India in April.")
    assert found["640,000 barrels a day"].attribution == "Kpler"


def test_a_data_firm_that_counts_a_flow_is_its_source() -> None:
    found = _by_surface("Vortexa counts 2.3 million barrels a day of seaborne diesel leaving "
                        "Russian ports in May.")
    assert found["2.3 million barrels a day"].attribution == "Vortexa"


def test_markets_a_body_tracks_give_it_no_figure() -> None:
    found = _by_surface("Kenya placed third among the 40 markets the association tracks, with "
                        "sales of KES 3.1 billion.")
    assert found["KES 3.1 billion"].attribution is None


# A topic label before a colon is no source, though its head word can name a body elsewhere
# (`Market intelligence: ...`, the review's finding).

def test_a_headline_label_of_market_intelligence_is_no_source() -> None:
    found = _by_surface("Market intelligence: Belarusian potash to Brazil up 31% in May\n"
                        "Potash shipments climbed in May.")
    assert found["31%"].attribution is None


def test_a_headline_label_of_goods_is_no_source() -> None:
    found = _by_surface("Belarusian potash: shipments to Brazil up 31% in May\n"
                        "Potash shipments climbed in May.")
    assert found["31%"].attribution is None


def test_a_body_counting_members_or_counting_on_an_amount_is_no_source() -> None:
    found = _by_surface("The federation counts 140 member firms, whose exports reached $2.6 "
                        "billion last year.")
    assert found["$2.6 billion"].attribution is None
    found = _by_surface("The board counts on 9 million tonnes of maize imports this season.")
    assert found["9 million tonnes"].attribution is None


def test_a_body_tracking_a_count_of_firms_is_no_source() -> None:
    found = _by_surface("The chamber tracks 85 exporters, whose sales abroad rose 7% to $410 "
                        "million.")
    assert found["$410 million"].attribution is None
