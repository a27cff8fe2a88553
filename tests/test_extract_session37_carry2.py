"""Session 37 (carry, second round): what the claim stage carries from sentence to sentence and
decides per sentence, pinned on text written for these tests."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.model import Claim

MARCH_2024 = date(2024, 3, 1)


def _period(claim: Claim) -> tuple[str | None, str | None]:
    return claim.period_start, claim.period_end


def test_opening_look_back_without_a_comma_dates_its_sentence_as_an_aside() -> None:
    text = ("Iran bought $2.1 billion of Indian goods in 2023. A year earlier Iran had bought "
            "$3.6 billion of Indian goods. Indian exports of rice to Iran fell 20%.")
    claims = extracted(text, MARCH_2024)
    assert _period(claims["$3.6 billion"]) == ("2022-01-01", "2022-12-31")
    assert _period(claims["20%"]) == ("2023-01-01", "2023-12-31")


def test_opening_month_back_without_a_comma() -> None:
    text = ("Chile exported 120,000 tonnes of copper in January. A month earlier Chile had "
            "shipped 150,000 tonnes of copper. Exports to Japan rose 4%.")
    claims = extracted(text, MARCH_2024)
    assert _period(claims["150,000 tonnes"]) == ("2023-12-01", "2023-12-31")
    assert _period(claims["4%"]) == ("2024-01-01", "2024-01-31")


def test_old_value_of_a_revised_forecast_is_a_forecast() -> None:
    text = ("The USDA cut its forecast for Brazilian corn exports to 43.7 million tonnes from "
            "44.1 million tonnes.")
    claims = extracted(text, MARCH_2024)
    assert claims["43.7 million tonnes"].modality == "forecast"
    assert claims["44.1 million tonnes"].modality == "forecast"


def test_old_level_of_a_forecast_change_stays_reported() -> None:
    text = "Exports could rise to 8.4 million tonnes this year from 3 million tonnes in 2022."
    claims = extracted(text, MARCH_2024)
    assert claims["8.4 million tonnes"].modality == "forecast"
    assert claims["3 million tonnes"].modality == "reported"


def test_year_of_an_uncounted_old_figure_does_not_move_the_period_in_force() -> None:
    text = ("Kenyan tea exports rose 5% in 2023. Kenyan tea reached 92 destinations in 2023, up "
            "from 82 in 2022. Shipments to Pakistan totalled 180 million kg.")
    claims = extracted(text, MARCH_2024)
    assert _period(claims["180 million kg"]) == ("2023-01-01", "2023-12-31")


def test_orders_placed_with_exporters_are_export_orders_dated_as_booked() -> None:
    text = ("Orders placed with Taiwanese exporters reached a record US$533.66 billion in 2020, "
            "up 10.1 percent, the economics ministry reported on Wednesday. December orders "
            "alone surged 38.3 percent to US$60.55 billion.")
    claims = extracted(text, date(2021, 1, 21))
    assert _period(claims["US$60.55 billion"]) == ("2020-12-01", "2020-12-31")
    assert claims["US$60.55 billion"].exporter == "TWN"
    assert claims["US$60.55 billion"].modality == "planned"


def test_parts_of_those_orders_take_the_period_of_the_total_they_fit() -> None:
    text = ("Orders for Taiwanese goods reached US$533.66 billion in 2020, the ministry said. "
            "December orders alone rose 38.3 percent to US$60.55 billion. Buyers in the U.S. "
            "placed US$161.62 billion of those orders.")
    claims = extracted(text, date(2021, 1, 21))
    assert _period(claims["US$161.62 billion"]) == ("2020-01-01", "2020-12-31")


def test_change_drawn_from_a_look_back_is_of_the_period_in_force() -> None:
    text = ("Peru's exports to Korea reached $9.9 billion in 2023. A year earlier Korea had bought "
            "$3.6 billion of Peruvian goods, so the increase came to 175 percent.")
    claims = extracted(text, MARCH_2024)
    assert _period(claims["$3.6 billion"]) == ("2022-01-01", "2022-12-31")
    assert _period(claims["175 percent"]) == ("2023-01-01", "2023-12-31")


def test_forecast_for_the_month_just_ended_is_of_that_month() -> None:
    text = ("Dealers expect India's palm oil imports in December to reach 700,000 tonnes. "
            "India plans to import 500,000 tonnes of wheat in March.")
    claims = extracted(text, date(2024, 1, 8))
    assert _period(claims["700,000 tonnes"]) == ("2023-12-01", "2023-12-31")
    assert _period(claims["500,000 tonnes"]) == ("2024-03-01", "2024-03-31")
