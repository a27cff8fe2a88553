"""Review mends of the forty-sixth session (mendC): rules that over-reached on ordinary news
text, narrowed, each pinned by the review's sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 5, 1)


def test_goods_flown_on_flights_stay_a_claim() -> None:
    """`flights` distract only from a figure that counts them (`cargo flights rose 9.5%`), not
    from goods or money they carry, nor after `on`/`by` (`flown on direct flights`)."""
    found = extracted("Salmon exports flown on direct flights to China rose 25% to 40,000 "
                      "tonnes in March.", WHEN)
    assert found["25%"].commodity == "seafood" and found["25%"].importer == "CHN"
    assert found["40,000 tonnes"].commodity == "seafood"
    found = extracted("Charter flights carried 5,000 tonnes of Chilean cherries to China in "
                      "January.", WHEN)
    claim = found["5,000 tonnes"]
    assert (claim.commodity, claim.exporter, claim.importer) == ("food", "CHL", "CHN")


def test_goods_warehoused_before_export_stay_a_claim() -> None:
    """`warehoused` distracts only from goods held up with no flow after it in the clause, not
    from goods `warehoused at Odesa before being exported to Egypt`."""
    found = extracted("The 50,000 tonnes of wheat were warehoused at Odesa before being "
                      "exported to Egypt in March.", WHEN)
    claim = found["50,000 tonnes"]
    assert (claim.commodity, claim.exporter, claim.importer) == ("wheat", "UKR", "EGY")
    assert claim.period_start == "2024-03-01"


def test_money_words_not_governing_the_figure_leave_the_claim() -> None:
    """`subsidy`, `allocation`, `funded` distract only from money they govern (`earmarked $60
    million`, `a subsidy of $2 billion`), not from a flow's value they stand before in another
    phrase (`exports under the export subsidy scheme rose to $2 billion`)."""
    found = extracted("Exports under the government's export subsidy scheme rose to $2 billion "
                      "last year.", WHEN)
    assert "$2 billion" in found
    found = extracted("Sugar exports under the EU quota allocation reached $150 million in "
                      "2023.", WHEN)
    assert found["$150 million"].commodity == "sugar"
    found = extracted("Shrimp exports funded by the new credit scheme rose to $500 million.",
                      WHEN)
    assert found["$500 million"].commodity == "seafood"
    found = extracted("Ruritania imports wheat; the state pays a subsidy of $2 billion.", WHEN)
    assert "$2 billion" not in found


def test_capitalised_fish_names_in_company_names_are_no_seafood() -> None:
    """`Whiting Petroleum`, `Pollack Industries`: names, not fish (`whiting` and `pollack` alone
    are no longer seafood, `blue whiting` is; `eel(s)` is goods only after `of` or before a
    trade word)."""
    found = extracted("Shares of Whiting Petroleum rose as U.S. exports climbed 8% to $4 billion "
                      "in March.", WHEN)
    assert found["$4 billion"].commodity == "oil"
    found = extracted("Eel River Corp said U.S. exports climbed 8% to $4 billion in March.", WHEN)
    assert found["$4 billion"].commodity == "trade"
    found = extracted("Japan's eel imports rose 5% in 2023.", WHEN)
    assert found["5%"].commodity == "seafood"
