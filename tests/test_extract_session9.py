"""Rules of the ninth session of 2026-12-01, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.extract.sentences import clause_bounds

MAY_2016 = date(2016, 5, 3)


def test_a_share_above_an_old_level_is_a_rise_and_leaves_the_period_in_force() -> None:
    """`The total was 25 percent above the $640 million posted a year earlier`: a rise of the
    quarter in force, and the old level's year is no period the next sentences go on with."""
    found = extracted("Vietnam's rice exports to the Philippines hit $800 million in "
                      "January-March. The total was 25 percent above the $640 million posted a "
                      "year earlier. Shipments to Indonesia grew 12 percent to $210 million.",
                      MAY_2016)
    rise = found["25 percent"]
    assert (rise.kind, rise.direction) == ("change", "up")
    assert (rise.period_start, rise.period_end) == ("2016-01-01", "2016-03-31")
    assert found["$640 million"].period_start == "2015-01-01"
    later = found["$210 million"]
    assert (later.period_start, later.period_end) == ("2016-01-01", "2016-03-31")


def test_the_period_after_the_old_level_a_change_is_compared_with_is_that_levels() -> None:
    """`the 2015 figure was about two-thirds below the $90 million recorded for 2008`: the fall
    is of 2015 (`the 2015 figure` is the subject, no comparison base), 2008 the old level's."""
    found = extracted("Thai sugar sales to Cambodia reached $30 million in 2015. Even so, the "
                      "2015 figure was about two-thirds below the $90 million recorded for 2008.",
                      MAY_2016)
    fall = found["two-thirds"]
    assert (fall.kind, fall.direction) == ("change", "down")
    assert (fall.period_start, fall.period_end) == ("2015-01-01", "2015-12-31")
    assert found["$90 million"].period_start == "2008-01-01"


def test_a_year_figure_put_at_an_amount_dates_it() -> None:
    """`had put the 2004 figure at an estimated $210 million`: that year's level."""
    found = extracted("Thai sugar sales to Cambodia reached $30 million in 2015. The ministry "
                      "had put the 2009 figure at an estimated $12 million.", MAY_2016)
    old = found["$12 million"]
    assert (old.period_start, old.period_end) == ("2009-01-01", "2009-12-31")


def test_a_russian_grain_region_stands_for_russia() -> None:
    """`Krasnodar Region's wheat shipments`: Russia's, as the Far East's ports already were."""
    found = extracted("Krasnodar Region's wheat shipments to Egypt rose 9% in 2015 to 3 million "
                      "tons.", MAY_2016)
    assert (found["3 million tons"].exporter, found["3 million tons"].importer) == ("RUS", "EGY")


def test_ranked_buyer_rows_with_no_known_seller_stay_buyers() -> None:
    """`Egypt was the biggest buyer with 6.8 million tons, followed by Algeria with 1.3 million
    tons, Kenya with 1.2 million tons`: each row's country is a buyer; none is the seller."""
    found = extracted("Wheat shipments to African countries rose 14% in 2015 to 14.8 million "
                      "tons. Nigeria was the biggest buyer with 6.8 million tons, followed by "
                      "Ghana with 1.3 million tons, Senegal with 1.2 million tons and Togo with "
                      "1.0 million tons.", MAY_2016)
    rows = {s: (found[s].exporter, found[s].importer) for s in (
        "6.8 million tons", "1.3 million tons", "1.2 million tons", "1.0 million tons")}
    assert rows == {"6.8 million tons": (None, "NGA"), "1.3 million tons": (None, "GHA"),
                    "1.2 million tons": (None, "SEN"), "1.0 million tons": (None, "TGO")}


def test_a_second_flow_after_and_has_its_own_sides() -> None:
    """`Thai exports up 4% at $2.1 bln and purchases from Laos up 8%`: Laos sells in the second
    flow only; the first is Thailand's."""
    found = extracted("Trade between Thailand and Laos grew 5% in 2015, with Thai exports up 4% "
                      "at $2.1 bln and purchases from Laos up 8% at $1.2 bln.", MAY_2016)
    assert found["4%"].exporter == "THA"
    assert found["$2.1 bln"].exporter == "THA"
    assert (found["$1.2 bln"].exporter, found["$1.2 bln"].importer) == ("LAO", "THA")


def test_its_ally_after_a_subject_is_the_other_country_named() -> None:
    """`Algeria stepped up gas deliveries to Tunisia, sending 9 million cubic metres a day to its
    political ally`: Tunisia, not Algeria (the subject owns the ally)."""
    found = extracted("Algeria stepped up wheat deliveries to Tunisia in March, sending 90,000 "
                      "tons to its political ally against 40,000 tons the month before.",
                      MAY_2016)
    assert (found["90,000 tons"].exporter, found["90,000 tons"].importer) == ("DZA", "TUN")


def test_a_sentence_opened_by_overall_is_a_total_to_everyone() -> None:
    """`Overall, 50 vessels left Algerian ports carrying 2 million tons`: after a single route,
    the country's total, with no buyer carried over."""
    found = extracted("Algeria sent 90,000 tons of wheat to Tunisia in March. Overall, 50 vessels "
                      "left Algerian ports in March carrying 2 million tons of wheat.", MAY_2016)
    assert (found["2 million tons"].exporter, found["2 million tons"].importer) == ("DZA", None)


def test_a_hedged_old_level_owns_the_period_written_after_it() -> None:
    """`slid to roughly $500,000 from over $3 million in October-December 2014`: the quarter
    is the old level's; the new level keeps the quarter in force."""
    found = extracted("Lao trade with Vietnam fell steeply in January-March 2015. Lao sales to "
                      "Vietnam slid to roughly $500,000 from over $3 million in October-December "
                      "2014.", MAY_2016)
    new, old = found["$500,000"], found["$3 million"]
    assert (new.period_start, new.period_end) == ("2015-01-01", "2015-03-31")
    assert (old.period_start, old.period_end) == ("2014-10-01", "2014-12-31")


def test_may_before_a_flow_noun_is_the_month() -> None:
    """`May receipts alone were up 73%`: the month of May, though a bare `May` may be a verb."""
    found = extracted("Indian imports of Australian coal reached 2.9 million tonnes in "
                      "January-May. May receipts alone were up 73% at 364,000 tonnes.",
                      date(2023, 7, 25))
    level = found["364,000 tonnes"]
    assert (level.period_start, level.period_end) == ("2023-05-01", "2023-05-31")


def test_a_multiple_of_an_old_level_takes_the_period_in_force() -> None:
    """`more than three times the 3,869 tons it imported in the same month of 2009`: the rise is
    January 2010's, the old level January 2009's; a multiple of a cap leaves the cap alone."""
    found = extracted("Laos brought in 13,834 tons of rice from Thailand in January, more than "
                      "three times the 3,869 tons it imported in the same month of 2009.",
                      date(2010, 3, 2))
    rise, old = found["three times"], found["3,869 tons"]
    assert (rise.period_start, rise.period_end) == ("2010-01-01", "2010-01-31")
    assert (old.period_start, old.period_end) == ("2009-01-01", "2009-01-31")


def test_the_same_month_of_a_year_after_a_mere_old_level_is_that_month() -> None:
    """`compared with a mere 2 tons in the same month of 2013`: January 2013, not the year."""
    found = extracted("Lao fertilizer imports from Thailand reached 35,113 tons in January, "
                      "compared with a mere 2 tons in the same month of 2013.", date(2014, 3, 4))
    old = found["2 tons"]
    assert (old.period_start, old.period_end) == ("2013-01-01", "2013-01-31")


def test_a_percentage_above_a_month_range_of_a_year_is_a_rise() -> None:
    """`49 percent above January-June 2011`: a change against that base, not a share."""
    found = extracted("Lao-Thai trade in January-June reached $38.8 million, 49 percent above "
                      "January-June 2011.", date(2012, 9, 22))
    assert (found["49 percent"].kind, found["49 percent"].direction) == ("change", "up")


def test_shares_of_those_shipments_are_of_the_flow_the_change_before_states() -> None:
    """`Thai goods sent to Laos rose 68 percent, with fuel making up 30 percent of those shipments
    and steel products 29 percent`: shares of Thailand's sales to Laos."""
    found = extracted("Lao-Thai trade rose nearly 50 percent in the first half. Thai goods sent "
                      "to Laos rose 68 percent, with fuel making up 30 percent of those shipments "
                      "and steel products 29 percent.", date(2012, 9, 22))
    for surface in ("30 percent", "29 percent"):
        share = found[surface]
        assert (share.kind, share.exporter, share.importer, share.two_way) == (
            "share", "THA", "LAO", False), surface


def test_a_concession_after_a_figure_keeps_its_time_to_itself() -> None:
    """`purchases from Thailand rose by $683 million, even though trade stopped abruptly in late
    October`: the figure keeps the fiscal months in force, not October."""
    found = extracted("Lao cross-border trade came to $6 billion between April 1 and Dec. 29, "
                      "2023. Purchases from Thailand rose by $683 million, even though trade "
                      "stopped abruptly in late October when fighting broke out.",
                      date(2024, 1, 10))
    rise = found["$683 million"]
    assert (rise.period_start, rise.period_end) == ("2023-04-01", "2023-12-29")


def test_any_approximate_cue_may_hedge_an_old_level() -> None:
    """`from as much as $3 million in October-December 2014`: the hedges of an old level are the
    lexicon's approximate cues and stress words (`hedge_pattern`), not a list of their own."""
    found = extracted("Lao trade with Vietnam fell steeply in January-March 2015. Lao sales to "
                      "Vietnam slid to $500,000 from as much as $3 million in October-December "
                      "2014.", MAY_2016)
    new = found["$500,000"]
    assert (new.period_start, new.period_end) == ("2015-01-01", "2015-03-31")


def test_a_second_flow_clause_opens_only_before_a_name() -> None:
    """`and purchases from Belarus` opens a clause; `and imports from abroad` does not (the name's
    capital is matched case-sensitively in an otherwise case-blind pattern)."""
    text = "Thai exports rose 4% to $2.1 bln and purchases from abroad rose 8% to $1.2 bln."
    assert clause_bounds(text, 0, len(text), text.index("4%")) == (0, len(text))
    named = text.replace("abroad", "Laos")
    assert clause_bounds(named, 0, len(named), named.index("4%"))[1] == named.index(" and")
