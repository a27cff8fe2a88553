"""Session 60, claim parties: each test pins one rule of the session on invented text; each
rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


def test_its_share_of_the_countrys_imports_owns_the_other_country() -> None:
    found = _claims("Chile sells most of the copper bought in Peru: its share of the country's "
                    "copper imports grew from 61% in 2023 to 70% in 2024.")
    assert sides(found, "61%") == ("CHL", "PER")
    assert sides(found, "70%") == ("CHL", "PER")


def test_a_named_share_of_the_countrys_purchases_owns_the_country_named_before() -> None:
    found = _claims("Chile is still Peru's main copper supplier, though Chile's portion of the "
                    "country's copper purchases eased in May to 55 per cent after 58 per cent "
                    "in April.")
    assert sides(found, "55 per cent") == ("CHL", "PER")


def test_an_unresolved_country_owning_a_share_is_the_buyer_named_before() -> None:
    found = _claims("Bolivian buyers imported 40% less Chilean copper in March, and Chile's "
                    "share of the country's copper imports has shrunk to 12% from 20% a year "
                    "earlier.")
    assert sides(found, "12%") == ("CHL", "BOL")


def test_a_share_of_the_countrys_total_with_no_other_country_stays_as_read() -> None:
    # near miss: no other country to own the total, so the owner is not guessed: the figure
    # keeps the reading it had before the rule (no seller, Chile on the one side read)
    found = _claims("Chile mined more copper in May. Chile's share of the country's copper "
                    "exports rose to 61%.")
    assert sides(found, "61%") == (None, "CHL")


def test_a_named_owner_of_the_share_is_kept() -> None:
    # near miss: `A's share of B's` with B named keeps B, whatever came before
    found = _claims("Bolivia bought less copper in May, and Chile's share of Peru's copper "
                    "imports rose to 61%.")
    assert sides(found, "61%") == ("CHL", "PER")


_CHERRY = ("Chilean cherry exports reached 410,000 tonnes in 2024, the growers' association "
           "said. China took 300,000 tonnes. ")


def test_countries_taking_respective_figures_are_each_figures_buyer() -> None:
    found = _claims(_CHERRY + "Canada and Brazil came next, taking 21,000 tonnes and 14,500 "
                    "tonnes, respectively.")
    assert sides(found, "21,000 tonnes") == ("CHL", "CAN")
    assert sides(found, "14,500 tonnes") == ("CHL", "BRA")


def test_countries_following_with_respective_figures_taken_buy_them() -> None:
    found = _claims("Peruvian avocado exports hit 590,000 tonnes last year. Spain took 120,000 "
                    "tonnes. Chile and Japan followed, taking 41,000 tonnes and 18,000 tonnes, "
                    "respectively.")
    assert sides(found, "41,000 tonnes") == ("PER", "CHL")
    assert sides(found, "18,000 tonnes") == ("PER", "JPN")


def test_an_absolute_with_list_taking_respective_shares_stays_the_sellers_partners() -> None:
    # near miss: `with X, Y and Z taking A, B and C, respectively` are partners of the
    # sentence's own flow, each a buyer from the seller, never a seller
    found = _claims("Ecuador earned a record $840 million from cocoa in 2024. In 2023 it "
                    "exported 380,000 tonnes of beans, worth $790 million, with Malaysia, "
                    "Indonesia, Spain and Mexico taking 38%, 15%, 9% and 4%, respectively.")
    assert sides(found, "38%") == ("ECU", "MYS")
    assert sides(found, "4%") == ("ECU", "MEX")


def test_those_to_a_country_after_sales_to_another_is_the_new_buyer() -> None:
    found = _claims("Uruguayan sales to Chile dropped 12.4% to €88.1 million and those to Peru "
                    "slumped 31.2% to €71.5 million.")
    assert sides(found, "31.2%") == ("URY", "PER")
    assert sides(found, "€71.5 million") == ("URY", "PER")
    assert sides(found, "12.4%") == ("URY", "CHL")


def test_those_from_a_country_after_cargoes_from_another_is_the_new_seller() -> None:
    found = _claims("Over the year, cargoes from Chile were 4.4% lower and those from Peru 6% "
                    "lower.")
    assert found["6%"].exporter == "PER"


def test_those_to_a_bloc_leave_the_buyer_empty() -> None:
    found = _claims("Uruguayan sales to Chile dropped 12.4% and those to the European Union "
                    "rose 8%.")
    assert sides(found, "8%") == ("URY", None)


def test_those_to_several_countries_name_no_single_buyer_in_its_place() -> None:
    # near miss: more than one country after `those to`, so no one of them replaces the partner
    found = _claims("Uruguayan sales to Chile fell 12% and those to Peru, Bolivia and Ecuador "
                    "rose 8%.")
    assert found["8%"].importer not in ("PER", "BOL", "ECU")


def test_those_to_a_country_already_a_side_makes_no_flow_to_itself() -> None:
    # near miss: the partner after `those to` already holds a side as read, so it is left
    found = _claims("Shipments to Bolivia rose to 19,800 t, up by a fifth, and those to Peru by "
                    "more than 9%.")
    assert found["9%"].exporter != found["9%"].importer or found["9%"].exporter is None
