"""Session 54, slips found on rereading the change: each test pins one mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_hedged_percent_bracketed_after_an_amount_of_goods_is_its_share() -> None:
    # (a mend had bound the bracket pattern's name twice, so this older rule read the new row
    # pattern, which takes neither a hedge nor a goods phrase before the bracket)
    found = _claims("Peru sold 90,000 tonnes of copper in May: Japan took 1,567 tonnes of it "
                    "(about 61%), Chile 735 tonnes (29%).")
    assert found["61%"].kind == "share"


def test_a_figure_that_exports_have_broken_is_approximate() -> None:
    found = _claims("Chile's copper exports have broken $5 billion this year.")
    assert found["$5 billion"].approximate is True


def test_a_row_after_a_stock_with_a_partner_beyond_a_thousands_comma_stays_a_claim() -> None:
    # (the row's end was read at the thousands comma of `$3,400,000`, so Russia was not seen)
    found = _claims("Egypt's wheat reserves stood at 2 million tonnes, and petrol at 5,000 tonnes "
                    "worth $3,400,000 from Russia.")
    assert found["5,000 tonnes"].exporter == "RUS"


def test_a_textiles_word_right_before_another_groups_goods_only_describes_them() -> None:
    # (the optional word between them was taken greedily, so the head right after was missed)
    found = _claims("Peru imported $5 million of T-shirt machines from China in May.")
    assert found["$5 million"].commodity == "machinery"


def test_exports_after_a_double_space_still_keep_the_owner_the_seller() -> None:
    # (the export check looked one character past the goods, so a second space hid `exports`)
    found = _claims("Korea's U.S. corn  exports rose 5% to 2 million tonnes in May.")
    assert found["5%"].exporter == "KOR"
