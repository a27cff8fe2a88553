"""Session 45 review mends (mendC): rules of the session narrowed on ordinary news text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_e_commerce_is_trade_not_a_trade_body() -> None:
    """`e-commerce` names trade itself, not a body that reports it."""
    found = _claims("E-commerce between China and Russia rose 20% to $5 billion in 2023.")
    assert found["20%"].kind == "change"
    assert found["$5 billion"].kind == "level"
    for surface in ("20%", "$5 billion"):
        assert (found[surface].exporter, found[surface].importer) == ("CHN", "RUS"), surface


def test_a_bare_rate_or_a_count_of_other_things_carries_no_goods() -> None:
    """A bare count followed by a rate (`about 35 a day`) or coming after a count of other
    things (`through 1,200 dealers, up from 900`) is no base of the goods counted before it."""
    found = _claims("The plant shipped 12,000 tractors in 2023, about 35 a day, to 40 markets.")
    assert "12,000 tractors" in found
    assert "35" not in found
    found = _claims("Hyundai shipped 20,000 cars to Europe in March, selling through 1,200 "
                    "dealers, up from 900.")
    assert "20,000 cars" in found
    assert "900" not in found
    found = _claims("Ghana delivered 812 buses to Togo in March, up from just 133 a year "
                    "earlier.")
    assert {"812 buses", "133"} <= set(found)


def test_a_listed_last_country_with_a_participle_heads_its_own_clause() -> None:
    """`to Indonesia, China and Japan taking smaller amounts`: the last country opens an
    absolute clause, so the first of the list stays the buyer."""
    found = _claims("Australia sold 5 million tonnes of wheat to Indonesia, China and Japan "
                    "taking smaller amounts, in 2023.")
    claim = found["5 million tonnes"]
    assert (claim.exporter, claim.importer) == ("AUS", "IDN")
    found = _claims("Brazil sent 195,000 tonnes of sugar to Algeria, Nigeria and Egypt in May.")
    assert found["195,000 tonnes"].importer is None
