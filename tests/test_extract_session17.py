"""Rules of the seventeenth session of 2026-12-02, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

MARCH_2019 = date(2019, 3, 9)


def test_a_demonym_and_its_goods_after_and_are_the_subject_left_out() -> None:
    """`shipments from Peru fell 47 percent and Chilean steel 26 percent`: the demonym before
    the goods word is the subject of the verb left out, like a country name."""
    found = extracted("Bolivia's steel imports totaled 3.7 million tons in 2018. Over the year, "
                      "shipments from Peru fell 47 percent, Brazilian steel 48 percent and "
                      "Chilean steel 26 percent.", MARCH_2019)
    assert (found["47 percent"].exporter, found["47 percent"].importer) == ("PER", "BOL")
    assert found["48 percent"].exporter == "BRA"
    assert (found["26 percent"].exporter, found["26 percent"].importer) == ("CHL", "BOL")


def test_owed_much_to_is_a_cause_not_a_debt() -> None:
    """`a drop of 11.5 percent that owed much to the tariffs`: no debt, so the change stands;
    `owed $2 billion to Chile` stays a debt."""
    found = extracted("Peru's steel imports totaled 3.7 million tons in 2018, a drop of 11.5 "
                      "percent that owed much to the tariffs.", MARCH_2019)
    assert found["11.5 percent"].kind == "change"
    assert found["11.5 percent"].importer == "PER"
    debt = extracted("Peru owed $2 billion to Chile in 2018.", MARCH_2019)
    assert "$2 billion" not in debt


def test_a_year_after_a_definite_share_is_that_shares() -> None:
    """`..., well below the 30 percent share it held in 2014`: 2014 dates that share, not the
    figures before it, which keep the year in force."""
    found = extracted("Peru's steel imports totaled 3.7 million tons in 2018. Finished steel "
                      "made up 2.6 million tons of the total, well below the 30 percent share "
                      "it held in 2014.", MARCH_2019)
    assert found["2.6 million tons"].period_start == "2018-01-01"
    assert found["30 percent"].period_start == "2014-01-01"


def test_the_year_does_not_point_back_to_a_year_compared_with() -> None:
    """`13.1 percent less than in 2017, and took 23 percent of the market over the year`: `the
    year` is the one in force, not the year compared with."""
    found = extracted("Peru's steel imports totaled 3.7 million tons in 2018. Finished steel "
                      "made up 2.6 million tons, about 13.1 percent less than in 2017, and took "
                      "23 percent of the market over the year.", MARCH_2019)
    for surface in ("2.6 million tons", "13.1 percent", "23 percent"):
        assert found[surface].period_start == "2018-01-01", surface
    # a year named plainly is still what `the year` points back to
    plain = extracted("In 2017 Peru imported 3.7 million tons of steel, and 2.6 million tons of "
                      "wheat over the year.", MARCH_2019)
    assert plain["2.6 million tons"].period_start == "2017-01-01"


def test_a_share_of_a_countrys_market_is_of_its_imports() -> None:
    """`Chilean steel took 23 percent of the Peruvian market`: from the supplier before the
    share to the market's owner; with no supplier named, only the owner is known."""
    found = extracted("Chilean steel took 23 percent of the Peruvian market in 2018.", MARCH_2019)
    claim = found["23 percent"]
    assert (claim.kind, claim.exporter, claim.importer) == ("share", "CHL", "PER")
    bare = extracted("Imported steel took 23 percent of the Peruvian steel market in 2018.",
                     MARCH_2019)
    assert (bare["23 percent"].exporter, bare["23 percent"].importer) == (None, "PER")


def test_a_figure_goes_on_with_the_flow_whose_side_its_sentence_names_after_it() -> None:
    """`Peru's steel imports totaled ... Finished steel made up 2.6 million tons, and took 23
    percent of the Peruvian market`: the country named after the figure, behind `of`, is a side
    of the paragraph's flow, so the figure stays on that flow. (A bare country after the figure,
    `keeping Vietnam firmly in place as the archipelago's main supplier`, does not carry it:
    pinned by d28-009 in dev28, where the epithet gives the other side.)"""
    found = extracted("Peru's steel imports totaled 3.7 million tons in 2018. Finished steel made "
                      "up 2.6 million tons, and took 23 percent of the Peruvian market.",
                      MARCH_2019)
    assert found["2.6 million tons"].importer == "PER"
