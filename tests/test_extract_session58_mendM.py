"""Session 58, mend M: the reviewers' invented sentences where the session's modality rules
over-reached, each pinned to the reading the conventions give."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


# A hedge that is also a preposition (`over`, `about`) before an article hedges the figure only
# after a level word or before `record`, not as a noun's or verb's preposition.

def test_a_preposition_before_an_article_is_no_hedge() -> None:
    found = _by_surface("Cocoa prices jumped on concerns over a 20% drop in Ivory Coast exports, "
                        "traders said.")
    assert found["20%"].approximate is False
    found = _by_surface("Egypt and Russia are in talks about a 1 million tonne wheat sale, the "
                        "ministry said.")
    assert found["1 million tonne"].approximate is False


def test_a_hedge_after_a_holding_verb_before_an_article_still_hedges() -> None:
    found = _by_surface("Peru, which holds about a 12 percent share of world zinc sales, "
                        "shipped more in May.")
    assert found["12 percent"].approximate is True


# A headline's `to reach` after a change already told is where the change ended, reported.

def test_a_headline_to_reach_after_a_change_is_reported() -> None:
    found = _by_surface("China's soybean imports up 10% in May to reach 12 mln T\n"
                        "China imported more soybeans in May, customs data showed.")
    assert found["12 mln T"].modality == "reported"


# `currently` before a participle and `at present` before a noun mark no level now; `current`
# before a deal's size keeps the plan.

def test_goods_currently_stored_keep_the_plan() -> None:
    found = _by_surface("The company plans to export 500,000 tonnes of wheat currently stored "
                        "in silos at Odesa to Egypt.")
    assert found["500,000 tonnes"].modality == "planned"
    found = _by_surface("Egypt plans to buy 500,000 tonnes of wheat at present prices from "
                        "Russia, the ministry said.")
    assert found["500,000 tonnes"].modality == "planned"


def test_a_current_deal_size_keeps_the_plan() -> None:
    found = _by_surface("Egypt plans to extend its current 500,000-tonne wheat supply contract "
                        "with Russia until 2027.")
    assert found["500,000-tonne"].modality == "planned"


# A figure after a multiple with a plan or modal word of its own is no recorded baseline.

def test_a_multiple_of_a_planned_figure_is_no_baseline() -> None:
    found = _by_surface("Russia expects to supply a third of the 60 million tonnes of wheat "
                        "China will import in 2026.")
    assert found["60 million tonnes"].modality != "reported"
    found = _by_surface("Egypt plans to buy 2 million tonnes of wheat from Russia in 2026, "
                        "double the 1 million tonnes contracted in 2025.")
    assert found["1 million tonnes"].modality == "planned"


# `would` and a level verb: a deal's terms are planned; in a past frame it is what used to be.

def test_would_total_in_a_deal_clause_is_planned() -> None:
    found = _by_surface("The deal, which would total 2 million tonnes of wheat over three "
                        "years, was signed by Egypt and Russia on Monday.")
    assert found["2 million tonnes"].modality == "planned"


def test_habitual_would_in_a_past_frame_is_reported() -> None:
    found = _by_surface("In the 1990s, Ukraine's grain exports would rise to 10 million tonnes "
                        "in good years, officials recalled.")
    assert found["10 million tonnes"].modality == "reported"


# `appears to`/`seems to` reach a figure past adverbs, time phrases and `, by`.

def test_an_appearing_verb_reaches_its_change_past_a_comma_by() -> None:
    found = _by_surface("Russia's wheat exports to Egypt appear to have fallen sharply in May, "
                        "by about 20%, according to ship-tracking data.")
    assert found["20%"].modality == "estimated"
    found = _by_surface("Chinese soybean imports from Brazil seem to have risen in the first "
                        "half of the year to 40 million tonnes, traders said.")
    assert found["40 million tonnes"].modality == "estimated"
