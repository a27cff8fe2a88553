"""Session 44 (parties17): rows after a giving verb's figure are no receivers; gapped subjects
of a change (`and Egypt by 81,000 tons`); `respectively` items standing in for an earlier
clause's subject or partner; a share of `the exports` read against the paragraph's exports."""

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


def test_a_gapped_subject_after_by_takes_the_subjects_side() -> None:
    # `and Egypt by 81,000 tons`: Egypt is the subject of the change left out
    claims = in_body("Malaysian palm oil exports climbed in May. Kenya raised its purchases by "
                     "42,000 tons (12%) and Egypt by 17,000 tons (8%).", DAY)
    assert parties(claims["42,000 tons"]) == ("MYS", "KEN", False)
    assert parties(claims["17,000 tons"]) == ("MYS", "EGY", False)


def test_respectively_subjects_replace_an_earlier_clauses_subject() -> None:
    # the list opens its own clause: its items, not the earlier clause's subject, supply
    claims = in_body("Senegal imported 1.4 million tonnes of rice last year. Thailand supplied "
                     "500,000 tonnes, and Brazil and Pakistan delivered 90,000 tonnes and 60,000 "
                     "tonnes, respectively.", DAY)
    assert parties(claims["500,000 tonnes"]) == ("THA", "SEN", False)
    assert parties(claims["90,000 tonnes"]) == ("BRA", "SEN", False)
    assert parties(claims["60,000 tonnes"]) == ("PAK", "SEN", False)



def test_a_share_of_the_exports_is_of_the_paragraphs_exports() -> None:
    # the last flow is the imports, but `of the exports` names the exports as the whole
    claims = in_body("Latvia's grid operator exported 900 GWh in the quarter and imported 240 "
                     "GWh. Sweden took 58% of the exports, Estonia 30% and Lithuania 12%.", DAY)
    assert parties(claims["58%"]) == ("LVA", "SWE", False)
    assert parties(claims["30%"]) == ("LVA", "EST", False)

