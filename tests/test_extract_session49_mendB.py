"""Session 49, review mends (B): each test pins ordinary news text a rule of the session must
leave as it was, next to the rule's own example."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, extracted_on, in_body, period

_claims = extracted_on(date(2024, 5, 1))


def test_a_flow_of_counted_goods_reaches_no_number_of_a_new_subject() -> None:
    found = _claims("Car sales slumped 20% last month and the Nikkei fell to 38,000.")
    assert "38,000" not in found
    found = _claims("Car sales rose 5% in April and the Kospi index climbed to 2,650.")
    assert "2,650" not in found
    found = _claims("Imports of used passenger cars fell 8% to 294,100, while new-tractor "
                    "imports rose 5% to 2,310.")
    assert found["294,100"].unit == "car"
    assert found["2,310"].unit == "tractor"


def test_counted_goods_after_a_preposition_are_not_what_flows() -> None:
    found = _claims("Sales of spare parts for cars rose 10% to 45,000 in March.")
    assert "45,000" not in found
    found = _claims("Imports of used passenger cars fell 8% to 294,100 in March.")
    assert found["294,100"].unit == "car"


def test_a_move_sized_with_by_sizes_no_amounts_of_a_clause_of_their_own() -> None:
    found = _claims("Coffee exports fell by 2 million bags, and 1.5 million bags and 1 million "
                    "bags went to Germany and the US, respectively.")
    assert (found["1.5 million bags"].kind, found["1.5 million bags"].direction) == ("level", None)
    assert (found["1 million bags"].kind, found["1 million bags"].direction) == ("level", None)
    found = _claims("Wheat exports fell by 200,000 tonnes and 150,000 tonnes were shipped to "
                    "Egypt and Algeria respectively.")
    assert (found["150,000 tonnes"].kind, found["150,000 tonnes"].direction) == ("level", None)
    found = _claims("Exports to China and India fell by $1.5 billion and $411 million, "
                    "respectively.")
    assert (found["$411 million"].kind, found["$411 million"].direction) == ("change", "down")


def test_a_period_inside_a_contrast_clause_still_dates_the_figure_before_it() -> None:
    found = _claims("After a weak 2022, exports rose 5% to $3 billion, while imports were flat "
                    "in 2023.")
    assert found["$3 billion"].period_start == "2023-01-01"
    found = _claims("Exports rose 5% to $3 billion, while imports were flat in March.")
    assert found["5%"].period_start == "2024-03-01"
    assert found["$3 billion"].period_end == "2024-03-31"


def test_may_before_was_is_the_month_only_before_month_like_wording() -> None:
    found = _claims("Steel exports fell 5% to 2 million tonnes. May was forced to defend the 25% "
                    "tariff, which raised duties to $300 million.")
    assert found["$300 million"].period_start is None
    found = _claims("The ministry said May saw exports rise 12% to $3 billion.")
    assert found["$3 billion"].period_start == "2024-05-01"


def test_a_contrast_clause_with_a_figure_of_its_own_keeps_its_period() -> None:
    """A period inside a `, while` clause that has a figure of its own is that clause's, not the
    figure before it; a contrast clause with no figure may date both (the review's case)."""
    found = extracted("Korea pellet imports rise in May\nKorea took in 210,000t of wood pellets "
                      "in May, 20pc more than a year earlier. Canada stayed the top supplier with "
                      "88,000t, up by 12pc, while Chile delivered 31,500t after sending no cargoes "
                      "in May 2023.", date(2024, 6, 20))
    assert period(found["88,000t"]) == ("2024-05-01", "2024-05-31")
    assert period(found["12pc"]) == ("2024-05-01", "2024-05-31")
    found = in_body("After a weak 2022, exports rose 5% to $3 billion, while imports were flat in "
                    "2023.", date(2024, 5, 1))
    assert period(found["$3 billion"]) == ("2023-01-01", "2023-12-31")
