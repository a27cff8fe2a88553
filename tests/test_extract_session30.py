"""Rules of the thirtieth session of 2026-12-03, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties
from tradetrace.extract.quantities import extract_quantities


def units(text: str) -> dict[str, tuple[float, str]]:
    return {q.surface: (q.value, q.unit) for q in extract_quantities(text)}


def test_a_countrys_output_that_held_steady_or_is_estimated_is_its_production() -> None:
    """`Togo's cotton output held steady at`, `Benin's output for the 2022/23 season is
    estimated at`, `Peru's copper output should reach`: the possessive country is the producer
    whatever verb (or auxiliary and verb) and season phrase come between."""
    found = extracted("Togo's industrial cotton output held steady at 41.5 tonnes in 2022.",
                      date(2023, 2, 1))
    assert parties(found["41.5 tonnes"]) == ("TGO", None, False)
    found = extracted("Benin's raw cotton output for the 2022/23 season is estimated at 560,300 "
                      "tonnes.", date(2023, 5, 1))
    assert parties(found["560,300 tonnes"]) == ("BEN", None, False)
    found = extracted("Peru's copper output should reach 2.9 million tonnes.", date(2023, 5, 1))
    assert parties(found["2.9 million tonnes"]) == ("PER", None, False)


def test_cfaf_and_cfa_signs_are_the_cfa_franc_of_the_country_named() -> None:
    """`CFAF 598.4 billion`, `CFA11 billion`: the CFA franc, West African (XOF) unless a
    Central African country is named nearer."""
    assert units("Senegal's exports were worth CFAF 412.3 billion.") == {
        "CFAF 412.3 billion": (412.3e9, "XOF")}
    assert units("Gabon will spend CFA23 billion on roads.") == {
        "CFA23 billion": (23e9, "XAF")}


def test_money_paid_back_is_no_trade() -> None:
    """`to pay back a $300 million advance from a Chinese oil company`: a debt repaid in oil is
    no flow of money from the lender; the oil shipped is the trade."""
    found = extracted("Chad will send crude to China to pay back a $300 million advance from a "
                      "Chinese oil company.", date(2024, 5, 1))
    assert "$300 million" not in found


def test_medicines_are_goods_with_no_key() -> None:
    """Pharmaceuticals, drugs, vaccines and medical supplies have no key in the taxonomy: their
    flows have no commodity (as the gold sets read them), not all trade."""
    found = extracted("Kenya's medical supplies exports rose 12% to $81 million in 2022.",
                      date(2023, 3, 1))
    assert found["$81 million"].commodity is None
    found = extracted("Ghana imported $140 million of generic drugs from India in 2022.",
                      date(2023, 3, 1))
    assert found["$140 million"].commodity is None


def test_two_runs_of_goods_words_joined_by_and_after_a_possessive() -> None:
    """`Egypt's pharmaceutical and medical supplies exports`, `Peru's gold and silver exports`:
    the possessive country owns the flow across goods words joined by `and`, as it does across
    one run of them."""
    found = extracted("Egypt's pharmaceutical and medical supplies exports climbed 18 percent to "
                      "$420 million in 2022.", date(2023, 3, 1))
    assert parties(found["$420 million"]) == ("EGY", None, False)
    found = extracted("Peru's gold and silver exports fell 4% in 2022.", date(2023, 3, 1))
    assert parties(found["4%"]) == ("PER", None, False)
