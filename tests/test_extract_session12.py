"""Rules of the twelfth session of 2026-12-01, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

MAY_2019 = date(2019, 5, 20)


def test_a_country_saying_it_did_something_is_its_subject() -> None:
    """`Sonatrach said on Monday that last month it had shipped ... to Italy and Spain`: the
    speaker (a source, so named where no side is read) shipped it; `said it` after a speaker
    that is no country names nobody."""
    found = extracted("Algeria's Sonatrach said on Monday that in April it had shipped 1.2 "
                      "million barrels of crude to Italy and Spain.", MAY_2019)
    assert (found["1.2 million barrels"].exporter, found["1.2 million barrels"].importer) == (
        "DZA", None)
    bought = extracted("Pakistan said it bought 100,000 tonnes of Russian crude in April.",
                       MAY_2019)["100,000 tonnes"]
    assert (bought.exporter, bought.importer) == ("RUS", "PAK")
    traders = extracted("Traders said it carried 700,000 barrels of crude to Spain in April.",
                        MAY_2019)["700,000 barrels"]
    assert traders.exporter is None


def test_ships_before_an_amount_is_the_verb() -> None:
    """`Algeria now ships 90,000 barrels a day to Italy`: `ships` before the amount is the trade
    verb (its only one); `the two ships, of roughly 4,000 tons` are vessels."""
    found = extracted("Algeria now ships about 90,000 barrels a day to Italy.", MAY_2019)
    flow = found["90,000 barrels a day"]
    assert (flow.exporter, flow.importer, flow.commodity) == ("DZA", "ITA", "oil")
    assert not extracted("The two ships, of roughly 4,000 tons each, were tied together off "
                         "Nampo in April.", MAY_2019)
