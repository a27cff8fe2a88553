"""Rules of the fourteenth session of 2026-12-02, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.extract.quantities import extract_quantities

SEPTEMBER_2025 = date(2025, 9, 14)


def test_a_one_sided_flow_stated_without_a_figure_goes_on() -> None:
    """`Peru's indium exports fell in June.` names the seller of a flow with no figure; the
    first figures after it (`Customs counted 412 kilograms`) are that flow, and a buyer named
    with them completes it. Its goods have no key, so a bare flow noun after it is of them, not
    all trade."""
    found = extracted("Peru's indium exports fell in June. Customs counted 412 kilograms "
                      "shipped abroad in the month, 38% less than in May.", SEPTEMBER_2025)
    assert (found["412 kilograms"].exporter, found["412 kilograms"].importer) == ("PER", None)
    assert found["38%"].exporter == "PER"
    goods = extracted("Peru's indium exports fell in June. Shipments dropped 38% to 412 "
                      "kilograms.", SEPTEMBER_2025)
    assert goods["412 kilograms"].commodity is None
    assert goods["412 kilograms"].exporter == "PER"
    buyer = extracted("Peru's indium exports fell in June. Japan took 212 kilograms of them.",
                      SEPTEMBER_2025)
    assert (buyer["212 kilograms"].exporter, buyer["212 kilograms"].importer) == ("PER", "JPN")


def test_a_one_sided_flow_does_not_lend_its_side_the_other_way() -> None:
    """After `Peru's indium exports fell in June.`, `Imports rose 5% to $40 million` is the
    other direction: Peru is not its seller."""
    found = extracted("Peru's indium exports fell in June. Imports rose 5% to $40 million.",
                      SEPTEMBER_2025)
    assert found["$40 million"].exporter is None


def test_a_possessive_owns_a_flow_after_three_words_of_goods() -> None:
    """`Peru's refined indium metal exports`: the possessive's marker is no word of the noun
    phrase, so three words of goods (as after a demonym) still leave Peru the seller; a phrase
    with a function word in it is not one noun phrase."""
    found = extracted("Peru's refined indium metal exports reached 412 kilograms in June.",
                      SEPTEMBER_2025)
    assert found["412 kilograms"].exporter == "PER"


def test_a_policy_on_a_flow_states_no_flow() -> None:
    """`Peru's export ban on indium` is a policy, not Peru's exports: what Japan received after
    it has no seller from that sentence."""
    found = extracted("Peru's export ban on indium has been in force since July. Japan received "
                      "412 kilograms of the metal in August.", SEPTEMBER_2025)
    assert found["412 kilograms"].exporter is None
    assert found["412 kilograms"].importer == "JPN"


def test_a_subject_far_from_the_trade_word_states_no_flow_of_its_own() -> None:
    """`Peru keeps evading the quota through transfers at sea`: Peru is the subject, several
    words and a preposition away from `transfers`, so it states no flow of its own that the
    figures after it complete."""
    found = extracted("Peru keeps evading the quota through transfers at sea, Japan says. "
                      "Shipments reached 412 tonnes of indium in June.", SEPTEMBER_2025)
    assert found["412 tonnes"].exporter is None


def test_fish_species_and_garments_have_their_keys() -> None:
    """Scallops, pollock, salmon and cod are seafood; garments (also singular before a flow noun)
    and knitwear are textiles."""
    found = extracted("Peru's scallop exports rose 12% to $40 million in August, and Chile sold "
                      "3,000 tonnes of frozen pollock to Korea.", SEPTEMBER_2025)
    assert found["$40 million"].commodity == "seafood"
    assert found["3,000 tonnes"].commodity == "seafood"
    worn = extracted("Peru's garment shipments to the US fell 4% to $90 million in August.",
                     SEPTEMBER_2025)
    assert worn["$90 million"].commodity == "textiles"


def test_a_value_after_a_measure_is_of_the_same_goods() -> None:
    """`the shipments had amounted to 1.015 tons valued at $57.686 million`: the value is of the
    goods just measured (here goods with no key, the paragraph's indium), not all trade."""
    found = extracted("Peru's indium deliveries to Japan came to 2.1 tons in August. A year "
                      "earlier the shipments had amounted to 1.015 tons valued at $57.686 "
                      "million.", SEPTEMBER_2025)
    assert found["1.015 tons"].commodity is None
    assert found["$57.686 million"].commodity is None


def test_a_range_of_money_takes_the_rate_after_it() -> None:
    """`$2-3 million a month` is one range in USD a month; `$200-250 a tonne` a range of prices
    per tonne; `$13.10-13.30/lb` per pound; money a year is `USD/yr`, like `t/yr`."""
    found = {q.surface: q for q in extract_quantities(
        "Sales fell to $2-3 million a month. Prices were $200-250 a tonne, cobalt hydroxide "
        "$13.10-13.30/lb, and Iran sells goods worth $12 billion a year.")}
    monthly = found["$2-3 million a month"]
    assert (monthly.unit, monthly.value, monthly.value_max) == ("USD/month", 2e6, 3e6)
    assert found["$200-250 a tonne"].unit == "USD/t"
    assert found["$13.10-13.30/lb"].unit == "USD/pound"
    assert found["$12 billion a year"].unit == "USD/yr"


def test_a_one_sided_flow_leaves_the_other_ways_own_totals_alone() -> None:
    """After `Peru's tin exports rose in January.`, `Bolivia imported 40,000 tonnes of tin` is
    Bolivia's total from everywhere (its own import word), while `Bolivia took 4,000 tonnes`
    is a part of Peru's flow (also after a ban written as a predicate)."""
    total = extracted("Peru's tin exports rose in January. Bolivia imported 40,000 tonnes of "
                      "tin in the month.", SEPTEMBER_2025)
    assert total["40,000 tonnes"].exporter is None
    part = extracted("Peru's tin exports rose in January. Bolivia took 4,000 tonnes of it.",
                     SEPTEMBER_2025)
    assert (part["4,000 tonnes"].exporter, part["4,000 tonnes"].importer) == ("PER", "BOL")
    banned = extracted("Peru's tin exports have been banned since 2020. Bolivia imported 3,000 "
                       "tonnes of tin in May.", SEPTEMBER_2025)
    assert banned["3,000 tonnes"].exporter is None


def test_unknown_goods_of_a_stated_flow_do_not_reach_the_other_way() -> None:
    """After `Peru's indium exports fell in June.`, imports (`Imports climbed 10% to 40,000
    tonnes`, the other way) are all trade, not indium."""
    other = extracted("Peru's indium exports fell in June. Imports, however, climbed 10% to "
                      "$11 billion.", SEPTEMBER_2025)
    assert other["$11 billion"].commodity == "trade"
    weighed = extracted("Peru's indium exports fell in June. Imports, however, climbed 10% to "
                        "40,000 tonnes.", SEPTEMBER_2025)
    assert weighed["40,000 tonnes"].commodity == "trade"


def test_three_goods_words_after_a_possessive_are_one_noun_phrase_only() -> None:
    """`Peru's December tin concentrate exports` is Peru's flow; `Chile's price cut lifted tin
    imports by Bolivian smelters` is not Chile's (a verb), nor is `Chile's sanctions hurt
    Bolivian exports` (another country)."""
    month = extracted("Peru's December tin concentrate exports slumped to 1,427 tonnes.",
                      SEPTEMBER_2025)
    assert month["1,427 tonnes"].exporter == "PER"
    other = extracted("Chile's sanctions hurt Bolivian exports, which fell 80% to $10 million.",
                      SEPTEMBER_2025)
    assert other["$10 million"].exporter == "BOL"


def test_power_in_megawatts_is_electricity() -> None:
    """`1,000 MW` of power sent abroad: only electricity flows in watts, unless other goods are
    named (`150 GW of solar modules`)."""
    found = extracted("Iran normally sends around 1,000 MW to Iraq over four lines.",
                      SEPTEMBER_2025)
    assert found["1,000 MW"].commodity == "electricity"
    panels = extracted("Peru imported 150 MW of solar modules from Chile in 2024.",
                       SEPTEMBER_2025)
    assert panels["150 MW"].commodity != "electricity"


def test_money_a_month_or_a_year_is_a_flow_not_a_price() -> None:
    """`$932 million a month on imports`, `$12 billion a year`: money over a stretch of time is
    the rate of a flow (as tonnes a year are), not a price like `$120 a tonne`; `the flow` after
    a stated flow is that flow."""
    found = extracted("Peru spent an average of $932 million a month on imports of machinery "
                      "in 2023.", SEPTEMBER_2025)
    assert found["$932 million a month"].unit == "USD/month"
    yearly = extracted("Chile sells Peru goods worth $12 billion a year.", SEPTEMBER_2025)
    assert yearly["$12 billion a year"].commodity == "trade"
    flow = extracted("Chile's copper exports to Peru rose after the election. The flow sped up "
                     "to US$5-7 million a month last year.", SEPTEMBER_2025)
    assert (flow["US$5-7 million a month"].exporter,
            flow["US$5-7 million a month"].importer) == ("CHL", "PER")
    price = extracted("Peru bought 30,000 tonnes of coal from Chile at $120 a tonne in May.",
                      SEPTEMBER_2025)
    assert "$120 a tonne" not in price


def test_money_over_time_that_is_not_a_flow_is_no_claim() -> None:
    """Aid, remittances, day-rates and losses over a stretch of time are not a flow's rate, and
    `the flow into bonds` is no trade flow."""
    for text in ("Chile provides Peru $300 million a year in military assistance.",
                 "Peru receives $400 million a month in remittances from Chile.",
                 "The ban costs Peruvian exporters $2 billion a year.",
                 "Peru's copper exports to Chile fell in 2019. The flow into Peruvian bonds "
                 "reached $3 billion."):
        assert not extracted(text, SEPTEMBER_2025), text


def test_a_figure_compared_with_does_not_move_the_period_in_force() -> None:
    """`deeper even than the 49% slump of 2011`: the slump is 2011's, but the article goes on
    about 2023, so `Tin fell 90%` after it is of 2023."""
    found = extracted("Peru's exports to Chile shrank 57% in 2023 to $32 million. It was deeper "
                      "even than the 49% slump of 2011. Tin fell 90%.", SEPTEMBER_2025)
    assert found["49%"].period_start == "2011-01-01"
    assert found["90%"].period_start == "2023-01-01"
