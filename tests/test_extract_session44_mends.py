"""Mends of the forty-fourth session's read-only review: rules that fired on ordinary news text.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

MAY_2024 = date(2024, 5, 1)


def test_a_hydrogen_bomb_names_no_goods_of_a_total() -> None:
    found = extracted("North Korea's hydrogen bomb test prompted new sanctions; its exports to "
                      "China fell 37% to $1.65 billion.", MAY_2024)
    assert found["37%"].commodity == "trade"
    assert found["$1.65 billion"].commodity == "trade"


def test_paddy_fields_are_no_rice() -> None:
    found = extracted("Floods swamped 200,000 hectares of paddy fields in Vietnam, and the "
                      "country's exports fell 5% to $30 billion in March.", MAY_2024)
    assert found["$30 billion"].commodity == "trade"


def test_logs_as_a_verb_before_words_and_a_flow_noun() -> None:
    found = extracted("Vietnam logs record exports of $30 billion to the US.", MAY_2024)
    assert found["$30 billion"].commodity == "trade"
    found = extracted("The Philippines logs higher exports of $7 billion in January.", MAY_2024)
    assert found["$7 billion"].commodity == "trade"
    # (logs as goods stay goods with no key)
    found = extracted("Cameroon's exports of logs dropped 5% to 554,000 cubic metres.", MAY_2024)
    assert found["5%"].commodity is None


def test_a_flow_moved_by_a_percent_instead_of_another_stays_a_change() -> None:
    found = extracted("Fertilizer exports grew by 10% instead of 20% as forecast.", MAY_2024)
    assert (found["10%"].kind, found["10%"].direction) == ("change", "up")
    found = extracted("Exports to Russia surged from 2% in January to 40% in February, year on "
                      "year.", MAY_2024)
    assert found["40%"].kind == "change"
    # (a rate's old and new value stay no change)
    found = extracted("The import duty on rice was raised from 35% to 70% in March.", MAY_2024)
    assert "35%" not in found and "70%" not in found


def test_the_month_ahead_is_no_month_in_force() -> None:
    found = extracted("Russia's wheat exports reached 4 million tonnes in February. Shipments are "
                      "forecast to rise to 4.5 million tonnes in the month ahead.",
                      date(2024, 3, 10))
    assert found["4.5 million tonnes"].period_start != "2024-02-01"


def test_together_with_after_a_figure_and_a_comma_keeps_its_partner() -> None:
    found = extracted("Russia exported 40 million tonnes of crude to India last year, together "
                      "with China making up 80% of its seaborne sales.", MAY_2024)
    assert (found["40 million tonnes"].exporter, found["40 million tonnes"].importer) == (
        "RUS", "IND")
    found = extracted("North Korea imported 30,000 tonnes of fertilizer from China in March, "
                      "together with Russia its only suppliers.", MAY_2024)
    assert (found["30,000 tonnes"].exporter, found["30,000 tonnes"].importer) == ("CHN", "PRK")
    # (a figure held by the joined countries still has no single partner)
    found = extracted("Notifications show 168,679 barrels of refined petroleum delivered to North "
                      "Korea by China and Russia combined in 2024.", MAY_2024)
    assert (found["168,679 barrels"].exporter, found["168,679 barrels"].importer) == (None, "PRK")


def test_a_whole_keeps_a_partner_the_sentence_before_only_described() -> None:
    found = extracted("China imported crude from Russia at a record pace in May. Overall, imports "
                      "rose 20% to 2.3 million bpd.", date(2024, 6, 1))
    assert found["2.3 million bpd"].exporter == "RUS"
    found = extracted("Russia delivered coal to China by rail. Altogether, the shipments came to "
                      "100 million tonnes last year.", date(2024, 6, 1))
    assert found["100 million tonnes"].importer == "CHN"
    # (a whole beyond a counted part is still the flow with everyone)
    found = extracted("Kenya sold 9,000 tonnes of tea to Pakistan in March. Kenyan estates shipped "
                      "48,000 tonnes in all.", date(2024, 6, 1))
    assert (found["48,000 tonnes"].exporter, found["48,000 tonnes"].importer) == ("KEN", None)


def test_data_on_international_trade_is_no_world_total() -> None:
    found = extracted("China shipped 30,000 tonnes of fertilizer to North Korea in May. Customs "
                      "data on international trade showed the shipments rose 12% to 1.2 million "
                      "tonnes.", date(2024, 6, 1))
    assert (found["12%"].exporter, found["12%"].importer) == ("CHN", "PRK")


def test_a_volume_in_cubic_metres_keeps_goods_counted_before_in_money() -> None:
    found = extracted("Russia exported oil worth $1 billion to North Korea. The volume was about "
                      "1.2 million cubic metres.", date(2024, 6, 1))
    assert found["1.2 million cubic metres"].commodity == "oil"
