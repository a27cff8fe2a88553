"""Session 42, mends after the read-only review: rules of the session that reached ordinary news
text they should not. Text written for these tests."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted


def test_sanctions_named_as_a_circumstance_make_no_permitted_amount_a_cap() -> None:
    claims = extracted("Despite Western sanctions, Russia may export up to 60 million tonnes of "
                       "grain this season, the analysts said.", date(2023, 5, 15))
    assert claims["60 million tonnes"].kind == "level"
    assert claims["60 million tonnes"].modality == "forecast"


def test_a_price_cap_is_no_cap_on_the_amount_a_buyer_may_import() -> None:
    claims = extracted("Under the EU price cap, traders may ship Russian oil to third countries. "
                       "India may import 2 million barrels per day in June.", date(2023, 5, 15))
    assert claims["2 million barrels per day"].kind == "level"


def test_an_amount_permitted_under_a_sanctions_regime_is_still_a_cap() -> None:
    claims = extracted("Under the sanctions regime, Iraq may import up to 500,000 tonnes of food "
                       "a year.", date(2023, 5, 15))
    assert claims["500,000 tonnes"].kind == "cap"


def test_carmakers_ranked_in_a_country_s_market_are_no_trade_rows() -> None:
    claims = extracted("Toyota was the top seller in the Russian market, with 102,000 vehicles, "
                       "followed by Kia with 39,000 and Hyundai with 26,000.", date(2023, 5, 15))
    assert "102,000 vehicles" not in claims and "39,000" not in claims


def test_an_agency_issuing_a_tender_is_no_source_of_later_figures() -> None:
    claims = extracted("Japan's farm ministry issued a tender to buy 100,000 tonnes of feed wheat "
                       "from Australia on Wednesday. Japan imported 5.3 million tonnes of wheat "
                       "in 2022.", date(2023, 6, 15))
    assert claims["5.3 million tonnes"].attribution is None


def test_an_agency_releasing_statistics_is_still_their_source() -> None:
    claims = extracted("The revenue service today released May trade statistics showing a surplus "
                       "of R3.87 billion. Exports rose 12.77% to R45.53 billion.",
                       date(2023, 6, 15))
    assert claims["12.77%"].attribution == "The revenue service"


def test_a_tally_so_far_put_at_a_figure_is_reported() -> None:
    claims = extracted("Customs data put coal exports so far this year at 95 million tonnes.",
                       date(2023, 6, 15))
    assert claims["95 million tonnes"].modality == "reported"


def test_a_person_named_may_is_no_month() -> None:
    claims = extracted("Under Theresa May's Brexit deal, UK exports to the EU would fall 5% to "
                       "£290 billion.", date(2019, 3, 15))
    assert claims["5%"].period_start is None


def test_never_seen_before_a_noun_in_ing_is_no_forecast() -> None:
    claims = extracted("The port of Nampo has never seen shipping on this scale: 2 million tonnes "
                       "of coal were loaded for China in May.", date(2023, 6, 15))
    assert claims["2 million tonnes"].modality == "reported"


def test_the_month_may_after_a_capitalised_determiner_is_still_the_month() -> None:
    claims = extracted("The May figures showed coal exports of 5 million tonnes.",
                       date(2019, 7, 15))
    assert claims["5 million tonnes"].period_start == "2019-05-01"


def test_he_said_is_not_read_past_another_person_acting_in_between() -> None:
    claims = extracted("Exports grew, trader Lee Min-ho said. Minister Kim met buyers on Monday. "
                       "He said Laos bought $300 million of rice from Thailand in 2023.",
                       date(2024, 7, 1))
    assert "He (" not in (claims["$300 million"].attribution or "")
