"""Session 53, the lead's claim rules: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_headline_opened_by_a_named_speaker_and_a_colon_gives_the_source() -> None:
    found = _claims("Halvorsen: Norway's salmon sales to Japan up 12% in June\n"
                    "Exporters shipped more fish to Asia, Halvorsen said on Monday.")
    assert found["12%"].attribution == "Halvorsen"
    found = _claims("Omar bin Khalid: Oman's crude sales to India top $4 billion\n"
                    "Sales rose again, according to Omar bin Khalid.")
    assert found["$4 billion"].attribution == "Omar bin Khalid"


def test_a_headline_label_of_a_country_office_is_a_source_not_a_dateline() -> None:
    found = _claims("Peruvian envoy: copper exports to China up 8% in May\nShipments rose, the "
                    "Peruvian envoy said.")
    assert found["8%"].attribution == "Peruvian envoy"


def test_a_headline_label_of_a_place_goods_or_a_topic_is_no_source() -> None:
    found = _claims("Valparaiso: copper exports to China up 8% in May\nShipments rose.")
    assert found["8%"].attribution is None
    found = _claims("Butter: New Zealand's sales to China up 8% in May\nShipments rose.")
    assert found["8%"].attribution is None
    found = _claims("Fact check: Chile sold $9 billion of copper to China in 2023\nIt did.")
    assert found["$9 billion"].attribution is None


def test_a_named_label_inside_a_body_sentence_is_still_no_source() -> None:
    found = _claims("Copper exports rose. Halvorsen: sales to Japan up 12% in June.")
    assert found["12%"].attribution is None


def test_a_subject_with_a_relative_clause_holding_a_figure_is_the_source_alone() -> None:
    found = _claims("Norsk Sild, which handles about 40% of Norway's herring sales, said on "
                    "Friday that exports to Japan fell 10% in May.")
    assert found["40%"].attribution == "Norsk Sild"
    assert found["10%"].attribution == "Norsk Sild"


def test_countries_before_a_relative_clause_holding_a_figure_are_no_source() -> None:
    found = _claims("Herring exports rose as Japan and Korea, which had cut orders by 20%, said "
                    "they would buy 50,000 tonnes in June.")
    assert found["50,000 tonnes"].attribution is None


def test_report_and_recorded_closing_a_sentence_name_its_source() -> None:
    found = _claims("Norway shipped 40,000 tonnes of herring to Japan in May, trade media report.")
    assert found["40,000 tonnes"].attribution == "trade media"
    found = _claims("Chile sold 300,000 tonnes of copper to China in May, the customs office "
                    "recorded.")
    assert found["300,000 tonnes"].attribution == "the customs office"


def test_a_record_or_a_report_noun_closing_a_sentence_is_no_source() -> None:
    found = _claims("Rice exports to Ghana reached 3 million tonnes in May, the largest ever "
                    "recorded.")
    assert found["3 million tonnes"].attribution is None
    found = _claims("Rice exports to Ghana reached 3 million tonnes in May, the ministry said "
                    "in its monthly trade report.")
    assert found["3 million tonnes"].attribution == "the ministry"


def test_a_headline_label_the_body_does_not_cite_as_a_source_is_a_topic() -> None:
    found = _claims("Brexit: UK exports to EU fall 14% in 2023\nBritain's sales to the bloc "
                    "fell, the statistics office said.")
    assert found["14%"].attribution is None
    found = _claims("Red Sea: Egypt's canal cargo falls 40% in May\nShips avoided the route, "
                    "the canal authority said.")
    assert found["40%"].attribution is None


def test_a_record_closing_a_sentence_before_recorded_is_no_source() -> None:
    found = _claims("Rice exports to Ghana fell 10% to $2 billion in May, the lowest level "
                    "recorded.")
    assert {c.attribution for c in found.values()} == {None}
    found = _claims("Rice exports to Ghana rose 8% to $2 billion in May, the highest monthly "
                    "total recorded.")
    assert {c.attribution for c in found.values()} == {None}
