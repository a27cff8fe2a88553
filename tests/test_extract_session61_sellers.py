"""Session 61, the seller side of claim parties: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


def test_buyers_whose_purchases_moved_take_the_seller_of_the_first_sentence() -> None:
    found = _claims("EU states bought 410 million euros worth of Chilean copper in May. The rise "
                    "was led by Austria, whose imports doubled to 80 million euros. Portugal "
                    "raised its purchases by a third, to 44 million euros, while Greece cut its "
                    "intake by 6% to 21 million euros.")
    assert sides(found, "doubled") == ("CHL", "AUT")
    assert sides(found, "80 million euros") == ("CHL", "AUT")
    assert sides(found, "44 million euros") == ("CHL", "PRT")
    assert sides(found, "6%") == ("CHL", "GRC")


def test_a_sale_naming_no_country_goes_on_with_the_paragraphs_seller() -> None:
    found = _claims("Ghana's cocoa exports reached 540,000 tonnes last season, the board said. "
                    "Asia again took most of Ghana's cocoa, 310,000 tonnes, equal to 57% of the "
                    "total. Deliveries to Europe fell to 95,000 tonnes from 130,000 tonnes.")
    assert sides(found, "95,000 tonnes") == ("GHA", None)
    assert sides(found, "130,000 tonnes") == ("GHA", None)


def test_a_buyer_already_supplied_in_the_paragraph_keeps_its_own_total() -> None:
    # near miss: the buyer was a side of an earlier sentence, so its own imports are its total
    # from everyone, not more of the seller's flow
    found = _claims("Colombia shipped 80,000 bags of coffee to Japan in March. Japan's imports "
                    "rose 6% to 410,000 bags.")
    assert sides(found, "410,000 bags") == (None, "JPN")


def test_a_buyers_sources_paragraph_gives_another_buyer_no_seller() -> None:
    # near miss: the paragraph told one buyer's purchases from one seller, not the seller's
    # sales, so a second buyer's own imports have no seller
    found = _claims("Egypt bought 300,000 tonnes of sugar from Brazil in April. Morocco's "
                    "imports of the sweetener tripled to 150,000 tonnes.")
    assert sides(found, "150,000 tonnes")[0] is None


def test_a_paragraph_with_two_sellers_carries_neither() -> None:
    # near miss: two sellers before, so a buyer row has no one seller to take
    found = _claims("Colombia exported 610,000 bags of coffee in March and Brazil 3.1 million "
                    "bags. Canada's intake slipped 4% to 52,000 bags.")
    assert sides(found, "52,000 bags")[0] is None


def test_an_import_with_no_country_gets_no_seller() -> None:
    # near miss: a flow naming no country takes the seller only when it is a sale
    found = _claims("Ghana's cocoa exports reached 540,000 tonnes last season, the board said. "
                    "Asia again took most of Ghana's cocoa, 310,000 tonnes, equal to 57% of the "
                    "total. Fertiliser imports fell to 95,000 tonnes.")
    assert sides(found, "95,000 tonnes")[0] is None


_GRAPES = ("Peru's grape export revenue rose 12 percent to 1.4 billion soles this season, the "
           "ministry said. Shipped volume was 410,000 tonnes, up from 380,000 tonnes. ")


def test_buyer_rows_sharing_a_clause_take_the_paragraphs_one_seller() -> None:
    found = _claims(_GRAPES + "Canada bought over 40,000 tonnes, while Japan took 9,100 tonnes; "
                    "Spain's purchases came to 8,200 tonnes and Greece's to 4,100 tonnes.")
    assert sides(found, "8,200 tonnes") == ("PER", "ESP")
    assert sides(found, "4,100 tonnes") == ("PER", "GRC")


def test_a_buyer_row_naming_its_source_keeps_that_source() -> None:
    # near miss: a country after `from` in the row's clause is its seller, not the paragraph's
    found = _claims(_GRAPES + "Canada bought over 40,000 tonnes of grapes from Chile, and "
                    "Spain's imports from Chile came to 8,200 tonnes.")
    assert sides(found, "8,200 tonnes") == ("CHL", "ESP")
