"""Parties rules of the thirty-sixth session of 2026-12-04, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties

WHEN = date(2024, 11, 20)


def test_production_after_a_buyers_imports_is_the_buyers_own_output() -> None:
    """A figure framed by production (`harvest`, `output`) with only a receiver known from the
    imports before it is that country's own output: it is the exporter, not a buyer."""
    found = extracted("Kenya maize imports steady | Kenya will import 900,000 tons of maize in "
                      "2025, the ministry said. It puts the 2025 maize harvest at 3.4 million "
                      "tons, up from 3.1 million tons in 2024.", WHEN)
    assert parties(found["900,000 tons"]) == (None, "KEN", False)
    assert parties(found["3.4 million tons"]) == ("KEN", None, False)
    assert parties(found["3.1 million tons"]) == ("KEN", None, False)
    found = extracted("Hungary gas imports climb | Hungary imported 5.2 million tonnes of gas "
                      "in the first half, 3% more than a year before, the office said. Domestic "
                      "gas production over the six months reached 0.8 million tonnes, 6.1% below "
                      "the year-earlier level.", WHEN)
    assert parties(found["0.8 million tonnes"]) == ("HUN", None, False)
    assert parties(found["6.1%"]) == ("HUN", None, False)


def test_production_word_inside_an_import_or_owned_by_another_country_keeps_the_flow() -> None:
    """Not when the sentence's figure is an import whose goods are for production (`imports of
    feedstock for fertiliser production`), nor when the clause names another producer."""
    found = extracted("Korea buys more naphtha | Korea's purchases of naphtha rose 5% in May. "
                      "Imports of the feedstock for plastics production came to 1.3 million "
                      "tonnes, the ministry said.", WHEN)
    assert parties(found["1.3 million tonnes"]) == (None, "KOR", False)
    found = extracted("Chile copper to China | China imported 2.1 million tons of copper "
                      "concentrate in May. Strikes had cut Chile's May copper output by 12% from "
                      "a year before.", WHEN)
    assert found["12%"].importer != "CHN" and found["12%"].exporter != "CHN"


def test_a_bare_flow_in_a_story_about_one_country_is_that_countrys() -> None:
    """A flow word with no country in its sentence and no flow before it in the paragraph
    (`Mango exports reached ...` under a headline on Peru's mango earnings) is the article's
    country's own: exports make it the exporter, imports the importer."""
    found = extracted("Peru's mango earnings soar in first half\nMango exports reached US$310.2 "
                      "million in January-June, the agency said.", WHEN)
    assert parties(found["US$310.2 million"]) == ("PER", None, False)
    found = extracted("Kenya's fuel bill climbs in first half\nFuel imports reached US$1.9 "
                      "billion in January-June, the agency said.", WHEN)
    assert parties(found["US$1.9 billion"]) == (None, "KEN", False)


def test_no_article_country_for_a_bloc_or_the_world_or_a_body_count() -> None:
    """Not when the sentence names a bloc or the whole world (`EU exports`, `global exports`),
    nor when the article's country is only the one its body names most often (no headline
    and no first sentence about it)."""
    found = extracted("Peru's mango earnings soar in first half\nGlobal mango exports reached "
                      "US$4.1 billion in January-June, the agency said.", WHEN)
    assert parties(found["US$4.1 billion"]) == (None, None, False)
    found = extracted("Peru's mango earnings soar in first half\nExports from the bloc reached "
                      "US$2.6 billion in January-June, the agency said.", WHEN)
    assert parties(found["US$2.6 billion"]) == (None, None, False)


def test_ships_record_before_an_amount_is_the_verb() -> None:
    """`Brazil ships record 41.1 million tons`: a headline's `record` between `ships` and the
    amount leaves `ships` the verb whose subject is the exporter."""
    found = extracted("Ore exports rise | Chile ships record 3.2 million tons of copper "
                      "concentrate in May.", WHEN)
    assert parties(found["3.2 million tons"]) == ("CHL", None, False)
    found = extracted("Ore exports rise | Chile ships a record 3.2 million tons of copper "
                      "concentrate in May.", WHEN)
    assert parties(found["3.2 million tons"]) == ("CHL", None, False)


def test_no_article_country_from_a_dateline() -> None:
    """The country of a dateline (`LIMA, Peru, July 10.`) or of a city the story is filed from
    is not what a bare flow in the body is about; a first sentence naming the country is."""
    found = extracted("LIMA, Peru, July 10. Chile's fruit trade slowed in June as ports "
                      "closed. Mango exports reached US$310.2 million in January-June, the "
                      "agency said.", WHEN)
    assert parties(found["US$310.2 million"]) == (None, None, False)
    found = extracted("Peru earned more from fruit in the first half. Mango exports reached "
                      "US$310.2 million in January-June, the agency said.", WHEN)
    assert parties(found["US$310.2 million"]) == ("PER", None, False)


def test_ships_out_before_an_amount_is_the_verb() -> None:
    """`Chad now ships out about 110,000 barrels a day`: `ships out` is the verb of its
    subject's exports."""
    found = extracted("Niger now ships out about 90,000 barrels of oil a day, the minister "
                      "said.", WHEN)
    assert parties(found["90,000 barrels of oil a day"]) == ("NER", None, False)
