"""Session 47 (sides of whole totals): each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_figure_compared_with_its_sentences_total_keeps_the_totals_side() -> None:
    found = _claims("Coffee sold to Germany earned Colombia $1.2 billion in the first half. "
                    "The European buyer absorbed 20 percent of all Colombian shipments, its "
                    "intake rising to 3 million bags from 2.5 million. Overall export volume "
                    "for January-June reached 14 million bags, compared with 12 million bags "
                    "a year before.")
    whole = found["14 million bags"]
    assert (whole.exporter, whole.importer) == ("COL", None)
    before = found["12 million bags"]
    assert (before.exporter, before.importer) == ("COL", None)


def test_a_figure_after_a_total_still_takes_the_partner_the_paragraph_adds() -> None:
    found = _claims("A first cargo of 5,000 tonnes of rice from Thailand reached Manila on "
                    "Monday. The government has bought 20,000 tonnes in all, for $12 million, "
                    "officials said.")
    price = found["$12 million"]
    assert price.importer == "PHL"


def test_a_total_word_before_dotted_initials_makes_the_flow_the_whole() -> None:
    found = _claims("Canada's levy threatens U.S. lumber exports to Canada\n"
                    "Canadian mills bought about 40,000 cubic metres of U.S. lumber last year. "
                    "Analysts put total U.S. exports at 2.1 million cubic metres in 2023.")
    whole = found["2.1 million cubic metres"]
    assert (whole.exporter, whole.importer) == ("USA", None)


def test_global_before_a_flow_noun_makes_the_flow_the_whole() -> None:
    found = _claims("Norwegian salmon sales to Japan climb 12% in first half\n"
                    "Japanese buyers took 31,000 tonnes of Norwegian salmon over January-June. "
                    "Across the half, global exports rose 4 percent to 610,000 tonnes.")
    whole = found["610,000 tonnes"]
    assert (whole.exporter, whole.importer) == ("NOR", None)
