"""Session 44 (parties17): rows after a giving verb's figure are no receivers; gapped subjects
of a change (`and Egypt by 81,000 tons`); `respectively` items standing in for an earlier
clause's subject or partner; roles named before the country (`the biggest buyer was Iraq`)."""

from datetime import date

from claim_helpers import in_body, parties

DAY = date(2024, 6, 10)


def test_rows_after_a_supplied_figure_are_suppliers() -> None:
    # `Chile` after `supplied 31%,` heads a row of its own: no receiver of the verb
    claims = in_body("Paraguay bought diesel worth $900 million last year. Argentina supplied "
                     "31%, Chile 22% and Peru 9%.", DAY)
    assert parties(claims["31%"]) == ("ARG", "PRY", False)
    assert parties(claims["22%"]) == ("CHL", "PRY", False)
    assert parties(claims["9%"]) == ("PER", "PRY", False)


def test_the_object_right_after_a_giving_verb_still_receives() -> None:
    claims = in_body("Kuwait supplied Jordan 1.2 million barrels of crude in March.", DAY)
    assert parties(claims["1.2 million barrels"]) == ("KWT", "JOR", False)
