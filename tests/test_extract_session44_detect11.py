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


def test_a_rate_moved_from_one_percent_to_another_is_no_change() -> None:
    """`the levy was cut from 40% to 25%`, `corn falls to 9.5% from 12%`, `the blend rose from 27%
    to 30%`: the old and new values of a rate, no flow moving by a percent."""
    found = extracted("Turkey's levy on U.S. rice imports was cut from 40% to 25% on May 2.",
                      date(2024, 5, 1))
    assert "40%" not in found and "25%" not in found
    found = extracted("Exports of beef will be taxed at 5% instead of 6.75%, while corn falls to "
                      "9.5% from 12%.", date(2024, 5, 1))
    assert "9.5%" not in found and "12%" not in found
    found = extracted("The mandatory ethanol blend in gasoline rose from 27% to 30% on August 1, "
                      "a step expected to cut imports.", date(2024, 5, 1))
    assert "27%" not in found and "30%" not in found


def test_a_share_moved_from_one_percent_to_another_stays_a_share() -> None:
    """`Russia's share of China's aluminium imports rose to 36% from 24%`: a share cue reads both
    as shares; and a flow moving by a percent stays a change."""
    found = extracted("Russia's share of China's aluminium imports rose to 36% from 24% in "
                      "2023.", date(2024, 5, 1))
    assert found["36%"].kind == "share"
    found = extracted("India's rice exports rose 12% to 21 million tonnes in 2023.",
                      date(2024, 5, 1))
    assert (found["12%"].kind, found["12%"].direction) == ("change", "up")


def test_a_rate_pair_beside_a_share_cue_stays_a_claim() -> None:
    """`Oman's share ... eased to 26% from 42%, while Qatar's has climbed to 31% from 16%`: in a
    sentence with a share cue, a pair of percents is the shares it moves between, not rates, and
    both stay claims."""
    found = extracted("Oman's share of the trade has eased to about 26% so far this year from "
                      "nearly 42% across 2023, while Qatar's has climbed to 31% from 16% in 2023.",
                      date(2024, 5, 1))
    assert {"26%", "42%", "31%", "16%"} <= set(found)


def test_a_place_in_a_ranking_of_shares_is_a_share() -> None:
    """`..., and maize came second at 20 percent`, `Brazil followed with 22.5 percent`: after a
    share stated in the sentence, a place in the ranking with a percent is the next share."""
    found = extracted("Soybeans made up 52 percent of the sales to Egypt, or $210 million, and "
                      "maize came second at 20 percent, or $81 million.", date(2024, 5, 1))
    assert found["20 percent"].kind == "share"
    found = extracted("Ukrainian corn made up 41 percent of the purchases (around 2 million "
                      "tonnes), and Brazil followed with 22.5 percent (1.1 million tonnes).",
                      date(2024, 5, 1))
    assert found["22.5 percent"].kind == "share"


def test_a_place_in_a_ranking_with_no_share_before_is_no_share() -> None:
    """`The central bank's rate came second at 5%`: with no share stated before it in the
    sentence, a place in a ranking says nothing of what the percent measures."""
    found = extracted("Among the region's lenders, the central bank's deposit rate came second at "
                      "5%.", date(2024, 5, 1))
    assert "5%" not in found
