"""Session 38 (detect 4): which quantities are claims."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def _claims(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    found = extract_claims(Document.from_text(text, published=date(2024, 6, 1)))
    return {claim.surface: (claim.kind, claim.exporter, claim.importer)
            for claim in found}


def test_prices_as_the_cause_after_a_value_leave_it_a_claim() -> None:
    found = _claims("Chile's copper exports to China rose 12% to $9.1 billion on higher prices.")
    assert found["$9.1 billion"] == ("level", "CHL", "CHN")
    found = _claims("Peru's coffee exports fell 8% to $620 million as prices dropped.")
    assert found["$620 million"][0] == "level"


def test_tariffs_as_the_cause_of_a_change_leave_it_a_claim() -> None:
    found = _claims("Chilean copper shipments to the US jump 123% on tariff fears")
    assert found["123%"] == ("change", "CHL", "USA")
    found = _claims("Vietnam's rice exports to the Philippines slipped 7.59% amid tariff "
                    "uncertainty.")
    assert found["7.59%"] == ("change", "VNM", "PHL")


def test_a_value_at_current_prices_is_a_claim() -> None:
    found = _claims("Japan's wheat imports, worth $900 million at current prices, arrived in "
                    "May.")
    assert found["$900 million"][0] == "level"


def test_a_price_or_a_tax_named_right_after_a_figure_still_distracts() -> None:
    found = _claims("Ghana's cocoa exports were taxed at 15% of the export prices.")
    assert "15%" not in found
    found = _claims("Kenya's tea exports paid $40 million in taxes last year.")
    assert "$40 million" not in found


def test_on_after_spending_opens_what_was_paid_for() -> None:
    found = _claims("With world fuel prices soaring, Egypt had spent $910 million on the "
                    "subsidies by June.")
    assert "$910 million" not in found


def test_a_fine_is_no_trade() -> None:
    found = _claims("Syrian shipments of the drug to Jordan were worth $3.5 billion at market "
                    "prices in 2020. A court fined him 20,000 dinars for trying to bring pills "
                    "in from Syria.")
    assert found["$3.5 billion"][0] == "level"
    assert "20,000 dinars" not in found


def test_an_amount_of_goods_costing_money_is_a_claim_and_so_is_its_value() -> None:
    found = _claims("Imports of coal into Vietnam eased to 129,229 tonnes costing US$42.4 million "
                    "in March.")
    assert found["129,229 tonnes"][0] == "level"
    assert found["US$42.4 million"][0] == "level"
    found = _claims("Kenya imported 2,265,565 tonnes of wheat last year at a cost of $2,848 "
                    "million.")
    assert found["2,265,565 tonnes"][0] == "level"


def test_goods_as_the_subject_of_cost_make_its_money_their_value() -> None:
    found = _claims("Bangladesh bought wheat from Russia last year. Wheat alone cost $2.37 "
                    "billion.")
    assert found["$2.37 billion"] == ("level", "RUS", "BGD")
    found = _claims("Jamaica imported fuel in 2023. Petroleum products cost $873 million.")
    assert found["$873 million"][0] == "level"


def test_what_a_project_cost_is_no_claim() -> None:
    found = _claims("Kenya imported fuel in 2023. The new terminal cost $300 million to build.")
    assert "$300 million" not in found


def test_a_suppliers_part_of_what_a_country_needed_or_burned_is_a_share() -> None:
    found = _claims("Ukraine had previously supplied 30% of the electricity Moldova needed.")
    assert found["30%"][0] == "share"
    found = _claims("Russia's Gazprom provided about 35% of all the gas Europe burned.")
    assert found["35%"][0] == "share"


def test_a_price_per_tray_case_or_voyage_is_no_claim() -> None:
    found = _claims("New Zealand kiwifruit exports to Japan rose 10% in 2023, and growers "
                    "received NZ$5.61 a tray.")
    assert "NZ$5.61" not in found
    assert found["10%"][0] == "change"
    assert "33.11 dollars" not in _claims("Chilean wine shipped to China fetched an average of "
                                          "33.11 dollars a case.")
    assert "$7 million" not in _claims("Shipping crude from Russia to India costs around "
                                       "$7 million a voyage.")


def test_money_on_each_unit_is_a_rate() -> None:
    found = _claims("Smugglers make between $0.4 and $1.25 on each litre of fuel they move "
                    "from Iran to Iraq.")
    assert not found


def test_goods_costing_a_price_are_no_value() -> None:
    found = _claims("Japan's car exports to Russia rose 10% in 2023. Cars costing more than "
                    "6 million yen have been barred from export to Russia since April.")
    assert "6 million yen" not in found
