"""Session 44 (parties18): country names written with a curly apostrophe, and a whole given
just after its part (`49% of the 18 million tonnes that Brazil exported`) keeps only the side
of the country whose flow it is."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on
from tradetrace.extract.parties import find_countries
from tradetrace.model import Claim

_claims = extracted_on(date(2024, 7, 1))


def _sides(claim: Claim) -> tuple[str | None, str | None, bool]:
    return claim.exporter, claim.importer, claim.two_way


def test_a_name_with_a_curly_apostrophe_is_read_like_the_straight_one() -> None:
    assert [m.code for m in find_countries("Côte d’Ivoire and N’Djamena")] == ["CIV", "TCD"]
    found = _claims("Côte d’Ivoire sold 40,000 tonnes of cocoa beans to Belgium in March.")
    assert _sides(found["40,000 tonnes"]) == ("CIV", "BEL", False)


def test_a_state_company_with_a_curly_apostrophe_stands_for_its_country() -> None:
    found = _claims("Ma’aden shipped 300,000 tonnes of fertiliser to Brazil in May.")
    assert _sides(found["300,000 tonnes"]) == ("SAU", "BRA", False)


def test_a_whole_exported_by_a_country_named_after_it_is_its_exports_to_everyone() -> None:
    found = _claims("Vietnam bought 37% of the 2.4 million tonnes of rubber that Cambodia exported "
                    "last year.")
    assert _sides(found["37%"]) == ("KHM", "VNM", False)
    assert _sides(found["2.4 million tonnes"]) == ("KHM", None, False)


def test_a_whole_imported_by_a_country_named_after_it_is_its_imports_from_everyone() -> None:
    found = _claims("Thai rice made up 41 percent of the 900,000 tonnes Malaysia brought in over "
                    "the year.")
    assert _sides(found["900,000 tonnes"]) == (None, "MYS", False)


def test_a_whole_a_bloc_imported_has_no_side_of_the_part() -> None:
    found = _claims("Norway supplied 12% of the 3.1 million tonnes of fish and shrimp the EU "
                    "imported last year.")
    assert _sides(found["3.1 million tonnes"]) == (None, None, False)


def test_a_whole_whose_flow_names_its_partner_keeps_the_sentence_reading() -> None:
    found = _claims("Oman supplied 1.1 million tonnes of the 4 million tonnes of urea India "
                    "imported from Oman and Qatar last year.")
    assert found["4 million tonnes"].exporter is None


def test_a_whole_named_by_a_bare_participle_keeps_only_that_side() -> None:
    found = _claims("Peru's grape exports rose. Chile was the main market, taking 38 percent of "
                    "the 610,000 tonnes of grapes shipped, industry data show.")
    assert _sides(found["610,000 tonnes"]) == ("PER", None, False)


def test_a_clause_opening_on_the_whole_after_a_colon_keeps_only_its_seller() -> None:
    found = _claims("Kenya's tea exports boomed. Pakistan has long taken a third of Kenya's tea "
                    "exports: of the $1.3 billion shipped last year, $420 million went to "
                    "Pakistani buyers.")
    assert _sides(found["$1.3 billion"]) == ("KEN", None, False)


def test_the_seller_of_the_whole_is_the_seller_of_its_part() -> None:
    found = _claims("Japan took 14,000 tonnes of the 52,000 tonnes of beef New Zealand exported in "
                    "May, or 27 per cent.")
    assert _sides(found["14,000 tonnes"]) == ("NZL", "JPN", False)
    assert _sides(found["52,000 tonnes"]) == ("NZL", None, False)
    assert _sides(found["27 per cent"]) == ("NZL", "JPN", False)


def test_a_partner_listed_with_combined_leaves_its_side_empty() -> None:
    found = _claims("Records show 52,000 tonnes of fertiliser delivered to Kenya by Egypt and "
                    "Morocco combined in 2023.")
    assert _sides(found["52,000 tonnes"]) == (None, "KEN", False)


def test_a_figure_after_a_clause_break_is_not_held_by_the_joined_countries() -> None:
    found = _claims("Chile's copper exports rose. China and Japan together took 40% of Chile's "
                    "copper exports, while shipments to China slid 12% to 2.1 million tonnes.")
    assert _sides(found["2.1 million tonnes"]) == ("CHL", "CHN", False)


def test_a_group_noun_joined_together_leaves_the_listed_side_empty() -> None:
    found = _claims("Peru's grape exports rose in 2023. Mexico took $300 million and Canada "
                    "$120 million, so together the two markets took 35% of the total.")
    assert _sides(found["35%"]) == ("PER", None, False)
