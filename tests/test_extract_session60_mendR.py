"""Session 60, mend R: the reviewers' over-reaches of the session's parties rules, each pinned on
invented text so that it fails without its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


def test_a_list_taking_shares_after_an_importers_flow_sells_to_that_importer() -> None:
    found = _claims("China imported 100 million tonnes of soybeans in 2024, 70% from Brazil. The "
                    "United States and Argentina came next, taking 21% and 5%, respectively.")
    assert sides(found, "21%") == ("USA", "CHN")
    assert sides(found, "5%") == ("ARG", "CHN")


def test_a_list_called_exporters_taking_market_shares_buys_nothing() -> None:
    found = _claims("Exporters Brazil and Argentina came next, taking 30% and 20% of the "
                    "market, respectively.")
    assert found["30%"].importer is None
    assert found["20%"].importer is None


def test_a_list_named_as_an_owners_buyers_keeps_the_owner_as_seller() -> None:
    found = _claims("Kazakhstan exported 9 million tonnes of wheat last season. China and "
                    "Uzbekistan remained Kazakhstan's main buyers, taking 40% and 25%, "
                    "respectively.")
    assert sides(found, "40%") == ("KAZ", "CHN")
    assert sides(found, "25%") == ("KAZ", "UZB")


def test_its_share_for_a_state_company_names_no_other_owner() -> None:
    found = _claims("Codelco sold more copper to China in 2024, but its share of the country's "
                    "copper exports fell to 25%.")
    assert found["25%"].exporter == "CHL"
    found = _claims("Petrobras shipped more crude to China in May, and its share of the "
                    "country's crude exports rose to 60%.")
    assert found["60%"].exporter == "BRA"


def test_its_share_after_a_demonym_owning_goods_is_not_that_origins_total() -> None:
    found = _claims("India bought record Russian crude in 2024, and its share of the country's "
                    "crude imports rose to 36%.")
    assert sides(found, "36%") == ("RUS", "IND")


def test_its_share_after_a_named_supplier_still_owns_the_buyer() -> None:
    # near miss: the other country is named, not a demonym before goods
    found = _claims("Russia overtook Iraq as India's top oil supplier in 2024, and its share of "
                    "the country's crude imports rose to 36%.")
    assert sides(found, "36%") == ("RUS", "IND")
