"""Rules of the twentieth session of 2026-12-02, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties

MARCH_2021 = date(2021, 3, 15)


def test_a_share_of_them_from_a_country_leaves_the_totals_before_it_open() -> None:
    """`Chile's copper imports grew from $2.1 billion in 2018 to $2.6 billion in 2020, 40% of
    them from Peru`: the share names its part's supplier; the totals before it have none."""
    found = extracted("Chile's copper imports grew from $2.1 billion in 2018 to $2.6 billion in "
                      "2020, 40% of them from Peru.", MARCH_2021)
    assert parties(found["$2.1 billion"]) == (None, "CHL", False)
    assert parties(found["$2.6 billion"]) == (None, "CHL", False)
    assert parties(found["40%"]) == ("PER", "CHL", False)
    # without the share, the country after `from` is the figures' own supplier
    found = extracted("Chile's copper imports from Peru grew to $2.6 billion in 2020.",
                      MARCH_2021)
    assert parties(found["$2.6 billion"]) == ("PER", "CHL", False)


def test_a_sentence_opening_on_imports_turns_the_countrys_exports_round_across_a_comma() -> None:
    """`Imports took a bigger hit, sliding 8%` after `Chile's exports fell 5%`: the opener is the
    figure's flow though a comma stands between them."""
    found = extracted("Chile's exports fell 5% in 2020. Imports took a bigger hit, sliding 8% "
                      "over the year.", MARCH_2021)
    assert parties(found["5%"]) == ("CHL", None, False)
    assert parties(found["8%"]) == (None, "CHL", False)
    found = extracted("Chile's imports fell 5% in 2020. Exports held up better, slipping 2% "
                      "over the year.", MARCH_2021)
    assert parties(found["2%"]) == ("CHL", None, False)
