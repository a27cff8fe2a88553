"""Rules of the twelfth session of 2026-12-01, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.extract.quantities import extract_quantities

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


def test_wire_abbreviations_of_thousands_and_million_tonnes_and_belarusian_rubles() -> None:
    """`31.2 thsd tonnes` (thousand, as TASS writes it), `4.6 mnt` (million tonnes), `Br90
    million` and `BYN 90 million` (Belarusian rubles)."""
    found = {q.surface: (q.value, q.unit) for q in extract_quantities(
        "Togo got 31.2 thsd tonnes of wheat, exports reached 4.6 mnt and the fee was Br90 million "
        "(BYN 90 million).")}
    assert found == {"31.2 thsd tonnes": (31200.0, "t"), "4.6 mnt": (4600000.0, "t"),
                     "Br90 million": (90000000.0, "BYN"), "BYN 90 million": (90000000.0, "BYN")}


def test_a_source_described_by_a_possessive_apposition_and_dated_after_its_verb() -> None:
    """`Goskomstat, Russia's statistics office, said on March 3`: the body with its description;
    the date after `said` is when, never who."""
    found = extracted("Russia's grain exports to Togo rose 12% in January, Goskomstat, Russia's "
                      "statistics office, said on March 3.", MAY_2019)
    assert found["12%"].attribution == "Goskomstat, Russia's statistics office"


def test_words_after_a_dashed_aside_in_a_sentence_are_no_source() -> None:
    """`... than the next three exporters - Peru, Chile and Togo - combined.`: a dash in a body
    sentence sets off an aside; what follows it is no source (a headline's `- customs` is)."""
    found = extracted("Ghana sold 2 million tonnes of cocoa abroad in 2018, more than the next "
                      "three exporters - Peru, Chile and Togo - combined.", MAY_2019)
    assert found["2 million tonnes"].attribution is None
