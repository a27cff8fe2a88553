"""Session 60, mend D: reviewers' near misses of this session's detect rules (a cap in force kept
reported beside a plan word, an old flow after a cap kept a level, a percent set against a rival
no change, a pipeline's rate before its flows kept a claim); each fails without its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2030, 3, 12))


def test_a_cap_in_force_asked_to_be_enforced_stays_reported() -> None:
    found = _claims("Canberra has asked the tribunal to enforce the annual quota of 48,000 tonnes "
                    "of walnuts on Moldova.")
    assert found["48,000 tonnes"].kind == "cap"
    assert found["48,000 tonnes"].modality == "reported"


def test_a_cap_in_force_that_flows_are_to_keep_within_stays_reported() -> None:
    found = _claims("Growers are to keep deliveries within the quota of 37,000 tonnes of hazelnuts "
                    "for 2030.")
    assert found["37,000 tonnes"].modality == "reported"


def test_a_cap_breached_after_a_plan_word_stays_reported() -> None:
    found = _claims("The inspector is due to report on breaches of the 81,000-tonne annual cap "
                    "on walnut exports in April.")
    assert found["81,000-tonne"].modality == "reported"


def test_a_figure_itself_planned_beside_no_cap_word_stays_planned() -> None:
    found = _claims("Quito left the pact since its quota blocked plans to keep balsa exports "
                    "above 700,000 cubic metres a year.")
    assert found["700,000 cubic metres a year"].modality == "planned"


def test_an_old_flow_after_a_cap_stays_a_level() -> None:
    found = _claims("Quito capped balsa wood exports at 410,000 tonnes, from 530,000 tonnes "
                    "shipped in 2028.")
    assert found["530,000 tonnes"].kind == "level"


def test_an_old_flow_after_a_cap_it_reached_stays_a_level() -> None:
    found = _claims("Ecuador's balsa wood exports reached the export quota of 620,000 tonnes, "
                    "from 470,000 tonnes in 2028.")
    assert found["470,000 tonnes"].kind == "level"


def test_a_percent_below_a_rival_with_a_year_is_no_change() -> None:
    found = _claims("Lesotho's wool sales reached 2,300 tonnes in 2029, 40% below that of Uruguay "
                    "in 2029.")
    assert "40%" not in found


def test_a_volume_above_that_of_a_rival_in_a_month_is_no_change() -> None:
    found = _claims("Chile sold 64,000 tonnes of walnuts in June, a volume 9% above that of "
                    "California in June.")
    assert "9%" not in found


def test_a_rate_before_a_pipeline_and_its_flows_stays_a_claim() -> None:
    found = _claims("Georgia's 90,000 b/d Supsa pipeline flows to Turkey resumed in June.")
    assert "90,000 b/d" in found


def test_a_rate_before_a_pipeline_and_its_goods_sales_stays_a_claim() -> None:
    found = _claims("Georgia's 90,000 b/d Supsa pipeline crude sales to Italy rose in June.")
    assert "90,000 b/d" in found


def test_a_rate_before_a_plant_that_never_took_off_is_its_size() -> None:
    found = _claims("Plans for a 900,000 t/y Tema urea plant never took off.")
    assert "900,000 t/y" not in found
