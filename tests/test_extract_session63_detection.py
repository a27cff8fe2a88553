"""Session 63, detection (which figures are trade claims): the first test of each rule fails
without that rule; the others pin what the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.extract.quantities import extract_quantities
from tradetrace.model import Claim, Document

_ON = date(2025, 6, 1)


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text, published=_ON))}


def test_a_ranked_role_names_the_flow_of_the_amount_set_after_it() -> None:
    claims = _claims("Portugal's cork industry had a strong year. France remained the biggest "
                     "market at 410 million euros, ahead of Spain at 230 million euros.")
    assert claims["410 million euros"].importer == "FRA"
    assert claims["230 million euros"].importer == "ESP"


def test_a_ranked_role_with_its_amount_after_with_is_a_flow_too() -> None:
    claims = _claims("The auction drew bidders from many countries. Canada was the leading "
                     "customer with 8,400 tonnes, followed by Mexico.")
    assert claims["8,400 tonnes"].importer == "CAN"


def test_an_unranked_role_with_an_amount_names_no_flow() -> None:
    claims = _claims("The auction drew bidders from many countries. Canada was a customer at "
                     "8,400 tonnes a month.")
    assert "8,400 tonnes a month" not in claims


def test_a_figure_that_is_the_subject_of_its_own_verb_is_no_role_amount() -> None:
    claims = _claims("Tokyo was the biggest market for the fund last week, with 4% wiped off "
                     "its shares.")
    assert "4%" not in claims


def test_a_runner_up_after_a_ranked_role_takes_its_amount_after_on() -> None:
    claims = _claims("Norway's salmon farms had a record season. Poland was the second buyer "
                     "with 410 million euros, followed by Denmark on 95 million euros.")
    assert "95 million euros" in claims


def _quantities(text: str) -> list[tuple[str, float, str]]:
    return [(q.surface, q.value, q.unit) for q in extract_quantities(text)]


def test_a_count_of_boxes_each_of_a_weight_counts_the_boxes() -> None:
    assert _quantities("Ecuador shipped 212.4 million 41-pound boxes of bananas.") == [
        ("212.4 million 41-pound boxes", 212.4e6, "box")]
    claims = _claims("Ecuador shipped 212.4 million 41-pound boxes of bananas last year.")
    assert claims["212.4 million 41-pound boxes"].exporter == "ECU"


def test_bales_and_cartons_of_a_weight_count_the_packages_too() -> None:
    assert _quantities("Mali sold 3.2 million 480-lb bales.") == [
        ("3.2 million 480-lb bales", 3.2e6, "bale")]
    assert _quantities("Growers sent 750,000 8-kilo cartons of grapes.") == [
        ("750,000 8-kilo cartons", 750000.0, "carton")]


def test_one_package_of_a_weight_is_no_count_of_packages() -> None:
    assert _quantities("A 23-kilo box of limes fetched more this week.")[0][2] == "kilogram"
    assert "23-kilo" not in _claims("A 23-kilo box of limes fetched more this week.")
