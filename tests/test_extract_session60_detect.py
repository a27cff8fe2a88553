"""Session 60, which figures are claims and of which kind: each test pins one rule of the session
on invented text; each rule's own tests fail without it, and its near misses pass without it,
guarding its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2030, 3, 12))


def test_a_proposed_cap_is_planned() -> None:
    found = _claims("Brussels is proposing to cap duty-free imports of Moldovan walnuts at "
                    "6,400 tonnes a year.")
    assert found["6,400 tonnes a year"].kind == "cap"
    assert found["6,400 tonnes a year"].modality == "planned"


def test_a_quota_applied_for_is_planned() -> None:
    found = _claims("The Lusaka bakers' guild has applied for an import quota of 73,000 tonnes "
                    "of wheat flour for 2030.")
    assert found["73,000 tonnes"].modality == "planned"


def test_a_quota_in_force_stays_reported() -> None:
    found = _claims("The Lusaka bakers' guild said the import quota of 73,000 tonnes of wheat "
                    "flour applies for 2030.")
    assert found["73,000 tonnes"].modality == "reported"


def test_a_cap_that_shall_not_be_exceeded_stays_reported() -> None:
    found = _claims("Under the order, sales of jet fuel to Eritrea shall not exceed 90,000 "
                    "barrels in 2030.")
    assert found["90,000 barrels"].modality == "reported"


_GRAPES = "From March through June, Lesotho's wool sales to Italy came to 2,300 tonnes, "


def test_a_volume_above_that_of_a_year_earlier_is_a_change() -> None:
    found = _claims(_GRAPES + "a volume 7.6% above that of a year earlier.")
    assert found["7.6%"].kind == "change" and found["7.6%"].direction == "up"


def test_a_percent_below_an_amount_of_an_earlier_quarter_is_a_change() -> None:
    found = _claims("Namibia's grape shipments to Europe were worth NAD 612mn in the quarter, 11% "
                    "below the NAD 688mn of the same quarter of 2029.")
    assert found["11%"].kind == "change" and found["11%"].direction == "down"


def test_a_volume_above_that_of_a_rival_is_no_change() -> None:
    found = _claims(_GRAPES + "a volume 7.6% above that of South Africa.")
    assert "7.6%" not in found


def test_a_percent_below_an_amount_a_quota_allows_is_no_change() -> None:
    found = _claims("Namibia's grape shipments to Europe were worth NAD 612mn in the quarter, 11% "
                    "below the NAD 688mn that the quota allows.")
    assert "11%" not in found


def test_the_amount_a_quota_was_before_is_a_cap() -> None:
    found = _claims("Quito has trimmed the export quota for balsa wood to 640,000 cubic metres, "
                    "from 910,000 cubic metres set in the previous round.")
    assert found["640,000 cubic metres"].kind == "cap"
    assert found["910,000 cubic metres"].kind == "cap"


def test_a_flow_from_its_level_after_a_cap_it_topped_stays_a_level() -> None:
    found = _claims("Ecuador's balsa wood exports topped the 500,000-tonne quota, up from 410,000 "
                    "tonnes a year earlier.")
    assert found["410,000 tonnes"].kind == "level"


def test_a_flow_set_against_a_quota_stays_a_level() -> None:
    found = _claims("Quito capped balsa wood exports at 300,000 tonnes a year, against some "
                    "520,000 tonnes shipped in 2028.")
    assert found["520,000 tonnes"].kind == "level"


def test_a_rate_written_before_a_named_refinery_is_its_size() -> None:
    found = _claims("Ghana's refiners imported 41,000 barrels per day of crude in May, most of it "
                    "for the 45,000 b/d Tema Oil refinery.")
    assert "41,000 barrels per day" in found
    assert "45,000 b/d" not in found


def test_a_rate_before_a_plant_two_nouns_on_is_its_size() -> None:
    found = _claims("Accra idled its 900,000t/y Tema urea plant in January.")
    assert "900,000t/y" not in found


def test_a_rate_sent_to_a_refinery_stays_a_flow() -> None:
    found = _claims("Ghana sent 45,000 b/d of crude to the Tema refinery in May.")
    assert found["45,000 b/d"].kind == "level"


def test_a_rate_before_a_clause_of_its_own_stays_a_flow() -> None:
    found = _claims("Volta Cement wants clinker deliveries to Togo to grow past the 2.2 million "
                    "tons a year it now trucks.")
    assert found["2.2 million tons a year"].kind == "level"
