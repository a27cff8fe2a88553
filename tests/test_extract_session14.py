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
