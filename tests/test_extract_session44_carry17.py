"""Session 44 (carry): a partner carried from an earlier sentence is dropped from a flow its own
clause calls the whole (`in all`, `overall`, `to all markets`)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_in_all_after_a_figure_drops_the_carried_buyer() -> None:
    found = _claims("Kenya sold 9,000 tonnes of tea to Pakistan in May, down 12%. Kenyan estates "
                    "shipped 48,000 tonnes of tea in all that month, earning 50 million dollars.")
    assert (found["9,000 tonnes"].exporter, found["9,000 tonnes"].importer) == ("KEN", "PAK")
    whole = found["48,000 tonnes"]
    assert (whole.exporter, whole.importer, whole.two_way) == ("KEN", None, False)


def test_overall_after_a_figure_drops_the_carried_buyer_of_its_change_too() -> None:
    found = _claims("Kenya sold 9,000 tonnes of tea to Pakistan in May, down 12%. Kenya shipped "
                    "48,000 tonnes of tea overall, down 2,000 tonnes.")
    for surface in ("48,000 tonnes", "2,000 tonnes"):
        assert (found[surface].exporter, found[surface].importer) == ("KEN", None)


def test_in_all_of_a_month_is_a_time_and_keeps_the_buyer() -> None:
    found = _claims("Kenya sold 9,000 tonnes of tea to Pakistan in May. Kenyan estates shipped "
                    "12,000 tonnes of tea in all of June.")
    assert (found["12,000 tonnes"].exporter, found["12,000 tonnes"].importer) == ("KEN", "PAK")


def test_a_year_as_a_whole_is_a_time_and_keeps_the_buyer() -> None:
    found = _claims("Kenya sold 9,000 tonnes of tea to Pakistan in May. Across 2023 as a whole, "
                    "Kenyan estates shipped 100,000 tonnes of tea.")
    assert (found["100,000 tonnes"].exporter, found["100,000 tonnes"].importer) == (
        "KEN", "PAK")


def test_world_output_after_a_bilateral_flow_has_no_sides() -> None:
    found = _claims("Thailand sold 2 million tonnes of sugar to Indonesia in 2023, up 9%. Global "
                    "output should reach 180 million tonnes this year.")
    world = found["180 million tonnes"]
    assert (world.exporter, world.importer, world.two_way) == (None, None, False)


def test_a_countrys_global_exports_keep_their_owner() -> None:
    found = _claims("Thailand sold 2 million tonnes of sugar to Indonesia in 2023, up 9%. Global "
                    "exports of Thai sugar reached 8 million tonnes in 2023.")
    assert found["8 million tonnes"].exporter == "THA"
