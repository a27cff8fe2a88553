"""Session 54, the parties of a claim: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2024, 7, 1)


def _all(text: str) -> list[Claim]:
    return extract_claims(Document.from_text(text, published=_ON))


def _one(text: str, surface: str) -> Claim:
    return next(c for c in _all(text) if c.surface == surface)


def test_a_name_before_goods_with_no_key_is_their_origin() -> None:
    claim = _one("Vietnam could buy 2 million bales of US cotton in 2024-25, traders say.",
                 "2 million bales")
    assert (claim.exporter, claim.importer) == ("USA", "VNM")


def test_a_name_before_other_words_is_no_origin() -> None:
    claim = _one("Vietnam bought 2 million bales of cotton, the envoy of US farmers said.",
                 "2 million bales")
    assert claim.exporter is None


def test_a_name_after_another_countrys_possessive_is_the_goods_origin() -> None:
    claim = _one("Japan's U.S. corn imports jump 12.5% in 2021", "12.5%")
    assert (claim.exporter, claim.importer) == ("USA", "JPN")


def test_a_name_after_a_possessive_before_exports_is_no_origin() -> None:
    claim = _one("Japan's China corn exports rose 12.5% in 2021.", "12.5%")
    assert claim.exporter != "CHN"


def test_goods_shipped_out_go_to_everyone_not_to_the_last_buyer() -> None:
    claim = _one("Peru sold 40,000 tonnes of zinc to Korea in May. Over the year Peru shipped out "
                 "900,000 tonnes of zinc, 5% less than in 2022.", "900,000 tonnes")
    assert (claim.exporter, claim.importer) == ("PER", None)


def test_a_buyers_imports_from_the_whole_world_have_no_one_seller() -> None:
    claim = _one("Mexico sold $40 million of auto parts to Canada in May. Canadian imports of auto "
                 "parts from the whole world grew 20.3% on 2022.", "20.3%")
    assert (claim.exporter, claim.importer) == (None, "CAN")


def test_goods_shipped_out_of_a_named_country_leave_it_the_seller() -> None:
    claim = _one("Peru sold 40,000 tonnes of zinc to Korea in May. Over the year 900,000 tonnes "
                 "of zinc were shipped out of Chile.", "900,000 tonnes")
    assert claim.exporter == "CHL"


def test_the_world_bank_is_no_flow_to_everyone() -> None:
    claim = _one("Peru sold 40,000 tonnes of zinc to Korea in May. Peru sold another 9,000 tonnes "
                 "in June, according to a report to the World Bank.", "9,000 tonnes")
    assert (claim.exporter, claim.importer) == ("PER", "KOR")


def test_who_wants_an_amount_of_goods_is_its_buyer() -> None:
    claim = _one("Kenya wants 50,000 tonnes of white maize, traders said.", "50,000 tonnes")
    assert (claim.exporter, claim.importer) == (None, "KEN")


def test_who_wants_to_export_an_amount_is_still_its_seller() -> None:
    claim = _one("Kenya wants to export 50,000 tonnes of tea this year.", "50,000 tonnes")
    assert (claim.exporter, claim.importer) == ("KEN", None)


def test_a_country_that_led_the_buyers_is_the_buyer() -> None:
    claim = _one("Kenyan tea exports rose 5% last year. Egypt led the buyers at $400 million.",
                 "$400 million")
    assert (claim.exporter, claim.importer) == ("KEN", "EGY")


def test_a_country_that_led_talks_with_suppliers_is_no_supplier() -> None:
    claim = _one("Kenyan tea exports rose 5% last year. Egypt led the talks with suppliers on $400 "
                 "million of tea.", "$400 million")
    assert claim.exporter != "EGY"


def test_who_seeks_an_export_quota_is_no_buyer() -> None:
    claim = _one("Ghana's cocoa board seeks 50,000 tonnes in export quotas for next season.",
                 "50,000 tonnes")
    assert claim.importer != "GHA"


def test_a_demonym_before_port_names_the_seller_of_what_it_loads() -> None:
    claim = _one("The Croatian port of Rijeka loaded 3.1 million tonnes of grain in 2023.",
                 "3.1 million tonnes")
    assert claim.exporter == "HRV"


def test_goods_loaded_in_a_country_are_its_exports() -> None:
    claim = _one("Croatia loaded 3.1 million tonnes of grain in 2023.", "3.1 million tonnes")
    assert (claim.exporter, claim.importer) == ("HRV", None)


def test_goods_unloaded_in_a_country_are_not_its_exports() -> None:
    claim = _one("Croatia unloaded 3.1 million tonnes of grain in 2023.", "3.1 million tonnes")
    assert claim.exporter != "HRV"


def test_a_country_among_the_biggest_buyers_is_a_buyer() -> None:
    claim = _one("Kenyan tea exports rose 5% last year. Germany, among the biggest buyers, slipped "
                 "1.0% to $460 million.", "$460 million")
    assert (claim.exporter, claim.importer) == ("KEN", "DEU")


def test_a_country_among_others_has_no_role() -> None:
    claim = _one("Kenyan tea exports rose 5% last year. Germany, among others, slipped 1.0% to "
                 "$460 million.", "$460 million")
    assert claim.importer is None


def test_a_countrys_market_opening_a_clause_is_the_buyer() -> None:
    claim = _one("Kenyan tea exports rose 5% last year. The US market fell 7.1 per cent to $600 "
                 "million.", "$600 million")
    assert (claim.exporter, claim.importer) == ("KEN", "USA")


def test_a_market_after_the_buyers_own_imports_is_no_other_side() -> None:
    claim = _one("Chinese soybean imports rose 5% to 100 million tonnes as the Chinese market "
                 "grew.", "100 million tonnes")
    assert (claim.exporter, claim.importer) == (None, "CHN")


def test_buyers_in_a_country_stand_for_it_as_the_buyer() -> None:
    claim = _one("Kenyan tea exports rose 5% last year. Buyers in Egypt lifted their purchases by "
                 "10.8% to $300 million.", "$300 million")
    assert (claim.exporter, claim.importer) == ("KEN", "EGY")


def test_suppliers_in_a_country_are_no_buyers() -> None:
    claim = _one("Egyptian tea imports rose 5% last year. Suppliers in Kenya lifted their sales by "
                 "10.8% to $300 million.", "$300 million")
    assert claim.importer != "KEN"
