"""Rules of the forty-fourth session, detect11 (which quantities are claims), each pinned by
invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted


def test_goods_kept_at_home_are_no_flow() -> None:
    """`sales on the domestic market`, `used at home`, `stayed at home`, `distributed at home`: what
    a country keeps for itself is no flow across a border, though a trade word sits elsewhere in
    the sentence."""
    found = extracted("Crude sales on the domestic market will ease to 1.1 million bpd next "
                      "year, the firm said.", date(2024, 5, 1))
    assert "1.1 million bpd" not in found
    found = extracted("Kenya exported 600,000 tonnes of tea in 2023, and 40,000 tonnes were used "
                      "at home to brew.", date(2024, 5, 1))
    assert "600,000 tonnes" in found and "40,000 tonnes" not in found
    found = extracted("Ghana exported 700,000 tonnes of cocoa last season, while 60,000 tonnes "
                      "stayed at home.", date(2024, 5, 1))
    assert "60,000 tonnes" not in found
    found = extracted("Nepal exported 900 million units of power to India, and 2.1 billion "
                      "kilowatt-hours were distributed at home.", date(2024, 5, 1))
    assert "900 million units" in found and "2.1 billion kilowatt-hours" not in found


def test_a_share_of_the_home_market_stays_a_share() -> None:
    """`12% of the local market`: a partner's part of a market is a share, not goods kept at
    home."""
    found = extracted("Turkey was the third-largest supplier of steel to Egypt, with 14% of the "
                      "local market.", date(2024, 3, 1))
    assert found["14%"].kind == "share"
