"""Rules of the eleventh session of 2026-12-01, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period
from tradetrace.extract.parties import find_countries

MAY_2019 = date(2019, 5, 20)


def test_a_sentence_naming_goods_and_their_parent_sets_the_specific_topic() -> None:
    """`Kazakh crude ... the country's oil industry`: the topic the next figures take is crude,
    not lost because the sentence also names the oil its crude belongs to."""
    found = extracted("Turkey bought much less Kazakh crude in April, a sign that refiners are "
                      "wary of the country's oil industry. Arrivals from Kazakhstan came to "
                      "310,000 tonnes, customs data showed.", MAY_2019)
    assert found["310,000 tonnes"].commodity == "crude_oil"


def test_a_figure_of_last_years_total_is_of_last_year() -> None:
    """`$2.4 billion of last year's sales`: a part of that year's total, of that year; `60% of
    last year's level` is still compared with it."""
    found = extracted("Zambian copper accounted for $2.4 billion of last year's sales to China.",
                      MAY_2019)
    assert period(found["$2.4 billion"]) == ("2018-01-01", "2018-12-31")
    ratio = extracted("Zambia's copper sales to China recovered to 60% of last year's level.",
                      MAY_2019)["60%"]
    assert period(ratio) != ("2018-01-01", "2018-12-31")


def test_a_longer_country_name_inside_a_shorter_form_wins() -> None:
    """`the North Korea-China border`: North Korea (not `the North`), so the hyphen makes a pair
    and the trade across it is two-way."""
    text = "Trade across the North Korea-China border shrank 4 percent in April."
    assert [m.surface for m in find_countries(text)] == ["North Korea", "China"]
    fall = extracted(text, MAY_2019)["4 percent"]
    assert fall.two_way and {fall.exporter, fall.importer} == {"PRK", "CHN"}
