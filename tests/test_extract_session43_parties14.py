"""Session 43 (parties14): exporter and importer sides of money earned and of joint sellers."""

from datetime import date

from claim_helpers import in_body, parties

DAY = date(2024, 1, 10)


def test_took_in_us_dollars_from_crude_sales_is_the_sellers_money() -> None:
    # `US dollars` after the amount is money earned, as `dollars` alone is
    claims = in_body("Angola took in about 6.29 billion US dollars from crude sales in the "
                     "third quarter of 2025, the minister said.", DAY)
    assert parties(claims["6.29 billion US dollars"]) == ("AGO", None, False)


def test_took_in_past_an_initialism_from_goods_sold_abroad() -> None:
    # the stops of `U.S.` end no sentence; `coffee sold abroad` is what was sold
    claims = in_body("Ethiopia took in 1.868 billion U.S. dollars from coffee sold abroad in "
                     "the first ten months of the fiscal year.", DAY)
    assert parties(claims["1.868 billion U.S. dollars"]) == ("ETH", None, False)


def test_took_in_from_selling_is_the_sellers_money() -> None:
    claims = in_body("Russia took in 93 billion euros from selling fossil fuels abroad "
                     "between February and June, the think tank said.", DAY)
    assert parties(claims["93 billion euros"]) == ("RUS", None, False)


def test_took_in_from_tonnes_sold_abroad() -> None:
    claims = in_body("Sudan took in $81.8m from 45,633 tonnes of gum arabic sold abroad in 2011.",
                     DAY)
    assert parties(claims["$81.8m"]) == ("SDN", None, False)


def test_brought_in_money_in_foreign_sales() -> None:
    # `in foreign sales` names the earnings, not goods bought for the money
    claims = in_body("Tunisian dates brought in TND 661.1 million in foreign sales from "
                     "October 2022 to June 2023, the ministry said.", DAY)
    assert parties(claims["TND 661.1 million"]) == ("TUN", None, False)


def test_brought_in_a_scaled_amount_under_a_letter_sign() -> None:
    # `N1.90 trillion` (naira): the sign of a scaled amount, money earned
    claims = in_body("Nigeria's cashew exports have brought in N1.90 trillion over four months, "
                     "the bureau said.", DAY)
    assert parties(claims["N1.90 trillion"]) == ("NGA", None, False)


def test_brought_in_under_a_sign_of_several_characters() -> None:
    claims = in_body("Belize's sugar exports brought in BZ$51.6 million in the quarter, the "
                     "bank said.", DAY)
    assert parties(claims["BZ$51.6 million"]) == ("BLZ", None, False)


def test_brought_in_goods_worth_money_is_still_bought() -> None:
    claims = in_body("Kenya brought in $40 million of Chinese steel in 2023.", DAY)
    assert parties(claims["$40 million"]) == ("CHN", "KEN", False)


def test_imports_after_exports_turn_past_a_place_inside_the_owner() -> None:
    # a refinery's town inside the exporter is no other country: the sentence still turns to
    # the same country's imports from everyone
    text = ("Morocco's trade\nMoroccan phosphate exports were worth $4.1bn in the first half, "
            "customs figures show. On the other side of the ledger, imports rose 12% to $9.2bn, "
            "driven by fuel for the fertiliser plants at Jorf Lasfar.")
    claims = in_body(text, DAY)
    assert parties(claims["$9.2bn"]) == (None, "MAR", False)


def test_imports_after_exports_turn_before_a_with_clause_of_their_parts() -> None:
    # `, with China supplying 30%`: the partners of the parts are no side of the total
    text = ("Bolivia's trade\nBolivian goods exports totalled US$6.2 billion in the first half, "
            "with Brazil taking 21%. Imports over the same months reached US$5.1 billion, with "
            "China supplying 30% and Brazil 18%.")
    claims = in_body(text, DAY)
    assert parties(claims["US$5.1 billion"]) == (None, "BOL", False)


def test_a_part_in_the_wholes_unit_names_its_own_origin_not_the_wholes() -> None:
    # `, 30,000 tonnes of them from Pakistan`: the origin of the part, not of the total
    claims = in_body("Kenya imported 52,000 tonnes of rice in March, 30,000 tonnes of them from "
                     "Pakistan.", DAY)
    assert parties(claims["52,000 tonnes"]) == (None, "KEN", False)
    assert parties(claims["30,000 tonnes"]) == ("PAK", "KEN", False)
