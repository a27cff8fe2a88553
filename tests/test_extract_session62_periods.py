"""Session 62, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 12, 1))


def test_rates_listed_after_a_standing_rate_have_no_period() -> None:
    found = _claims("Angola's oil revenue rose to $31 billion in 2024. Angola pumps about 1.1 "
                    "million barrels a day of crude, and Asian refiners buy the bulk: China takes "
                    "610,000 bpd, ahead of India at 140,000 bpd and Spain at 55,000 bpd.")
    assert period(found["$31 billion"]) == ("2024-01-01", "2024-12-31")
    assert period(found["1.1 million barrels a day"]) == (None, None)
    assert period(found["610,000 bpd"]) == (None, None)
    assert period(found["140,000 bpd"]) == (None, None)
    assert period(found["55,000 bpd"]) == (None, None)


def test_a_share_of_a_standing_yearly_amount_has_no_period() -> None:
    found = _claims("Chilean cathode shipments fell 8% in October. Chile exports about $9 billion "
                    "a year of copper cathodes, 41 per cent of it to China.")
    assert period(found["8%"]) == ("2025-10-01", "2025-10-31")
    assert period(found["41 per cent"]) == (None, None)


def test_a_share_listed_after_a_standing_share_has_no_period() -> None:
    found = _claims("Chile's lithium sales rose 9% in 2024. The country provides about a third "
                    "of the world's lithium, and the miner SQM alone between 15 and 20 percent.")
    assert period(found["a third"]) == (None, None)
    assert period(found["15 and 20 percent"]) == (None, None)


def test_figures_listed_in_a_past_sentence_keep_the_period_in_force() -> None:
    found = _claims("Angola's crude exports averaged 1.1 million barrels a day in October. China "
                    "took 610,000 bpd, ahead of India at 140,000 bpd and Spain at 55,000 bpd.")
    assert period(found["610,000 bpd"]) == ("2025-10-01", "2025-10-31")
    assert period(found["140,000 bpd"]) == ("2025-10-01", "2025-10-31")
    assert period(found["55,000 bpd"]) == ("2025-10-01", "2025-10-31")


def test_figures_after_a_standing_rate_that_name_their_own_period_keep_it() -> None:
    found = _claims("Angola's oil revenue rose to $31 billion in 2024. Angola pumps about 1.1 "
                    "million barrels a day, and in October China took 610,000 bpd, ahead of "
                    "India at 140,000 bpd.")
    assert period(found["610,000 bpd"]) == ("2025-10-01", "2025-10-31")
    assert period(found["140,000 bpd"]) == ("2025-10-01", "2025-10-31")


def test_a_standing_share_leaves_the_figures_after_it_their_period() -> None:
    found = _claims("Chile's salmon exports rose 10% in 2024. Japan is the top buyer, taking "
                    "about 25 percent of Chile's total salmon sales of $6.1 billion.")
    assert period(found["25 percent"]) == (None, None)
    assert period(found["$6.1 billion"]) == ("2024-01-01", "2024-12-31")


def test_a_figure_past_a_semicolon_after_a_standing_rate_keeps_the_period_in_force() -> None:
    found = _claims("Peru's onion exports came to 90,000 tons in 2024. Peru ships about 7,000 "
                    "tons of onions a month abroad; buyers in Chile took 2,500 tons.")
    assert period(found["2,500 tons"]) == ("2024-01-01", "2024-12-31")


def test_a_change_before_an_old_record_keeps_the_period_reported() -> None:
    found = _claims("Brazil shipped a record 1.3 million tonnes of orange juice in the 2024/25 "
                    "season, which runs from July through June. Those shipments were 9% "
                    "above the previous season's and beat the former record of 1.2 million "
                    "tonnes set in 2019. Belgium was the leading buyer with 520,000 tonnes.")
    assert period(found["1.3 million tonnes"]) == ("2024-07-01", "2025-06-30")
    assert period(found["9%"]) == ("2024-07-01", "2025-06-30")
    assert period(found["1.2 million tonnes"]) == ("2019-01-01", "2019-12-31")
    assert period(found["520,000 tonnes"]) == ("2024-07-01", "2025-06-30")


def test_a_new_record_after_a_year_earlier_is_no_old_mark() -> None:
    found = _claims("Vietnam's pepper sales rose 14% from a year earlier to a record 31,000 "
                    "tonnes in November. Germany took 4,200 tonnes.")
    assert period(found["14%"]) == ("2025-11-01", "2025-11-30")
    assert period(found["31,000 tonnes"]) == ("2025-11-01", "2025-11-30")
    assert period(found["4,200 tonnes"]) == ("2025-11-01", "2025-11-30")


def test_a_figure_of_an_undated_span_has_no_period() -> None:
    found = _claims("Peru's onion exports came to 90,000 tons in 2024. In previous years Peru "
                    "sold Chile around 8,000 tons of onions and bought 3,000 tons from it.")
    assert period(found["8,000 tons"]) == (None, None)
    assert period(found["3,000 tons"]) == (None, None)
    found = _claims("Canada's canola exports fell 6% in 2024. In a good year Japan takes around "
                    "2.3 million tonnes of Canadian canola.")
    assert period(found["2.3 million tonnes"]) == (None, None)
    found = _claims("Uganda's sugar imports reached 41,000 tonnes in 2024. The country brings in "
                    "about 3,000 tonnes of sugar a month, and up to 5,200 tonnes in a strong "
                    "month.")
    assert period(found["5,200 tonnes"]) == (None, None)
    found = _claims("Zambia's copper exports rose 7% in 2024. Buyers abroad have paid more than "
                    "$40 billion for Zambian copper over the years, customs data show.")
    assert period(found["$40 billion"]) == (None, None)


def test_a_superlative_or_likeness_over_an_undated_span_keeps_the_period() -> None:
    found = _claims("Peru's onion exports came to 90,000 tons in 2024, the highest in recent "
                    "years.")
    assert period(found["90,000 tons"]) == ("2024-01-01", "2024-12-31")
    found = _claims("Peru's onion exports came to 90,000 tons in 2024. Chile took about 60 "
                    "percent of them, as in earlier years.")
    assert period(found["60 percent"]) == ("2024-01-01", "2024-12-31")


def test_an_undated_span_of_a_later_figure_leaves_a_share_its_period() -> None:
    found = _claims("Chile shipped 9,000 tonnes of cherries in March. That volume came to about "
                    "30% of the more than 30,000 tonnes Chile ships in a typical year.")
    assert period(found["30%"]) == ("2025-03-01", "2025-03-31")
    assert period(found["30,000 tonnes"]) == (None, None)


def test_an_amount_in_the_present_simple_in_an_undated_sentence_has_no_period() -> None:
    found = _claims("Peru's potato exports rose 4% in 2024. Peru grows about 4.2 million tonnes "
                    "of potatoes, or 15 per cent of the region's output.")
    assert period(found["4%"]) == ("2024-01-01", "2024-12-31")
    assert period(found["4.2 million tonnes"]) == (None, None)
    assert period(found["15 per cent"]) == (None, None)


def test_a_past_amount_or_a_gapped_flow_noun_keeps_the_period_in_force() -> None:
    found = _claims("Peru's potato exports rose 4% in 2024. Peru grew about 4.2 million tonnes "
                    "of potatoes.")
    assert period(found["4.2 million tonnes"]) == ("2024-01-01", "2024-12-31")
    found = _claims("Peru's potato exports rose 4% in 2024. Exports came to 90,000 tonnes and "
                    "imports 30,000 tonnes.")
    assert period(found["30,000 tonnes"]) == ("2024-01-01", "2024-12-31")
