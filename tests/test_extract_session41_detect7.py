"""Rules of the forty-first session (which quantities are claims), each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted


def test_a_trade_balance_the_figure_measures_is_no_claim() -> None:
    """`ran a $904 million trade surplus`, `posted a trade deficit of $1.2 billion`: the `trade`
    of the balance phrase is part of the distractor, not trade evidence against it."""
    found = extracted("Peru ran a US$812 million trade surplus with Canada in 2022, the embassy "
                      "noted.", date(2023, 3, 1))
    assert "US$812 million" not in found
    found = extracted("Kenya posted a trade deficit of $1.2 billion in May, the bureau said.",
                      date(2024, 7, 1))
    assert "$1.2 billion" not in found
    found = extracted("Bhutan's Nu 4bn trade gap with India widened last quarter.",
                      date(2024, 7, 1))
    assert "Nu 4bn" not in found


def test_a_flow_joined_to_a_trade_balance_stays_a_claim() -> None:
    """A trade balance after a conjunction is the next item, not what the figure measures:
    `lifted imports to $52.3 billion and the trade deficit to $20.1 billion` keeps the imports."""
    found = extracted("The revision lifted total merchandise imports to a record $52.3 billion "
                      "and the trade deficit to $20.1 billion.", date(2024, 12, 1))
    assert found["$52.3 billion"].kind == "level"
    assert "$20.1 billion" not in found


def test_a_levy_rate_after_a_decimal_rate_is_no_claim() -> None:
    """`the duty on ... is due to rise from 7.5% to 25%`: the decimal point of the old rate ends
    no clause, so the new rate is still the levy's, not a change of a flow."""
    found = extracted("Copper wire imports from Chile rose 12% last year, and the duty on the "
                      "wire is set to rise from 6.5% to 22% in March.", date(2024, 1, 10))
    assert found["12%"].kind == "change"
    assert "22%" not in found
    assert "6.5%" not in found
