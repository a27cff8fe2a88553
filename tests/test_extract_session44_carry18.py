"""Session 44 (carry18): the goods a figure takes from the sentences before it: a volume of gas
in cubic metres takes no keyed goods named before only as a qualifier."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_cubic_metres_take_no_goods_from_an_oil_company_named_before() -> None:
    found = _claims("The state oil company of Ruritania and its Brazilian buyer are due to sign a "
                    "new gas supply contract. Ruritania will deliver up to 18 million cubic metres "
                    "per day to Brazil.")
    assert found["18 million cubic metres per day"].commodity is None


def test_cubic_metres_keep_goods_the_article_counted_by_volume() -> None:
    found = _claims("Argentine crude oil piped to Chile reached 900,000 cubic meters in the first "
                    "quarter. In March alone, 310,000 cubic meters crossed the border.")
    assert found["900,000 cubic meters"].commodity == "crude_oil"
    assert found["310,000 cubic meters"].commodity == "crude_oil"


def test_cubic_metres_keep_goods_named_in_their_own_sentence() -> None:
    found = _claims("The state oil company said exports rose. Ruritania shipped 95,000 cubic "
                    "metres of gasoline to Chile in May.")
    assert found["95,000 cubic metres"].commodity == "gasoline"


def test_money_a_year_spent_on_unkeyed_goods_is_of_those_goods() -> None:
    found = _claims("Ruritania spends more than US$310 million a year on alumina shipments from "
                    "its neighbours.")
    claim = found["US$310 million a year"]
    assert (claim.unit, claim.commodity) == ("USD/yr", None)
