"""Rules of the twenty-eighth session of 2026-12-03, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties, period


def test_an_average_of_a_year_is_the_base_of_a_change() -> None:
    """`8% below the 2020 monthly average of 308,746 t`: the year is what the change is
    measured against, so the change keeps the month of the new level, and the old level
    stated after `of` is of that year; `the monthly mean recorded since May 2016` is a base
    too."""
    found = extracted("Grain landed at Port Sudan in March 2022 came to 120,500 tonnes, the "
                      "port authority said, 8% below the 2020 monthly average of 131,000 t.",
                      date(2022, 4, 9))
    assert period(found["120,500 tonnes"]) == ("2022-03-01", "2022-03-31")
    assert found["8%"].kind == "change"
    assert period(found["8%"]) == ("2022-03-01", "2022-03-31")
    assert period(found["131,000 t"]) == ("2020-01-01", "2020-12-31")
    found = extracted("Rice exports in June 2021 totalled 52,400 tonnes, a 38% drop from the "
                      "2020 average and 37% below the monthly mean recorded since May 2016.",
                      date(2021, 7, 9))
    assert period(found["38%"]) == ("2021-06-01", "2021-06-30")
    assert period(found["37%"]) == ("2021-06-01", "2021-06-30")


def test_a_periodical_analysis_is_no_estimate() -> None:
    """`said in its monthly situation analysis`: the name of a regular publication, not an
    estimate; `according to an analysis by Kpler` still is one."""
    found = extracted("Fuel discharged at the port in May came to 61,200 tonnes, the monitoring "
                      "agency said in its monthly situation analysis.", date(2021, 6, 8))
    assert found["61,200 tonnes"].modality == "reported"
    found = extracted("According to an analysis by Kpler, India imported 61,200 tonnes of "
                      "naphtha in May.", date(2021, 6, 8))
    assert found["61,200 tonnes"].modality == "estimated"


def test_yemeni_ports_stand_for_yemen() -> None:
    """Hodeidah, Salif, Ras Isa, Aden and Mukalla are Yemen's ports: goods unloaded there,
    even at `Houthi-held Hodeidah`, or imported through them, go to Yemen; a port goods only
    pass through stays no side."""
    found = extracted("Just 29,500 tonnes of fuel were unloaded at Houthi-held Hodeidah in "
                      "December.", date(2022, 1, 13))
    assert parties(found["29,500 tonnes"]) == (None, "YEM", False)
    found = extracted("Fuel imported through Salif between January and May 2023 reached 0.8 "
                      "million metric tons.", date(2023, 6, 25))
    assert parties(found["0.8 million metric tons"]) == (None, "YEM", False)
    found = extracted("Wheat delivered to Mukalla in April came to 60,000 tons.",
                      date(2023, 5, 2))
    assert parties(found["60,000 tons"]) == (None, "YEM", False)
    found = extracted("Kazakh oil exports through Novorossiysk rose 5% to 2 million tonnes in "
                      "May.", date(2023, 6, 2))
    assert parties(found["2 million tonnes"]) == ("KAZ", None, False)


def test_a_possessive_period_before_an_old_level_makes_it_old() -> None:
    """`6% above 2023's 7.456 million tons`: the old level is 2023's, so the sentence's
    changes keep the year in force (last year), not the year compared with; a rival's
    possessive (`below China's 255.5 million tons`) is no period."""
    found = extracted("Three ports took in 7.9 million metric tons of fuel and food last year, "
                      "the agency said. The total was about 6% above 2023's 7.4 million tons "
                      "and 22% higher than in 2022.", date(2025, 2, 10))
    assert period(found["6%"]) == ("2024-01-01", "2024-12-31")
    assert period(found["7.4 million tons"]) == ("2023-01-01", "2023-12-31")
    assert period(found["22%"]) == ("2024-01-01", "2024-12-31")
    found = extracted("India's coal imports fell 5.4% to 194.93 million tons in 2016, below "
                      "China's 255.5 million tons, customs data showed.", date(2017, 2, 8))
    assert period(found["255.5 million tons"]) == ("2016-01-01", "2016-12-31")


def test_the_same_months_before_a_when_clause() -> None:
    """`44% higher than in the same months of 2022, when 1.119 million tons arrived, and 358%
    above the January-August volume of 2021`: the `when` clause is of the months in force in
    2022, and `the January-August volume of 2021` is a base."""
    found = extracted("Fuel imported through Hodeidah between January and August 2023 reached "
                      "1.6 million metric tons. That was about 44% higher than in the same "
                      "months of 2022, when 1.1 million metric tons arrived, and 358% above "
                      "the January-August volume of 2021.", date(2023, 9, 25))
    assert period(found["44%"]) == ("2023-01-01", "2023-08-31")
    assert period(found["1.1 million metric tons"]) == ("2022-01-01", "2022-08-31")
    assert period(found["358%"]) == ("2023-01-01", "2023-08-31")


def test_a_clause_after_a_semicolon_keeps_its_own_month() -> None:
    """`below March's 1,409,989 tonnes; February had seen 1,436,500 tonnes`: the month after
    the semicolon is the later figure's, not the old level's."""
    found = extracted("April exports came to 1,190,118 tonnes, 219,871 tonnes below March's "
                      "1,409,989 tonnes; February had seen 1,436,500 tonnes.", date(2020, 6, 9))
    assert period(found["1,409,989 tonnes"]) == ("2020-03-01", "2020-03-31")
    assert period(found["1,436,500 tonnes"]) == ("2020-02-01", "2020-02-29")


def test_another_months_total_compared_with() -> None:
    """`just short of the April total`: a base; `of the May total` is a part of that month."""
    found = extracted("Exports came to $9.1 billion in May, customs said. Goods worth $7.68 "
                      "billion were shipped during the month, just short of the April total.",
                      date(2025, 6, 26))
    assert period(found["$7.68 billion"]) == ("2025-05-01", "2025-05-31")
    found = extracted("Fertilizer imports of $240 million in February were a record; urea "
                      "made up $84 million of the February total.", date(2024, 4, 8))
    assert period(found["$84 million"]) == ("2024-02-01", "2024-02-29")


def test_motorcycles_and_generic_units() -> None:
    """Motorcycles, two-wheelers and scooters are vehicles; a count in `units` takes the
    sentence's goods (or the paragraph's), as the unit names none."""
    found = extracted("India shipped 1,793,957 two-wheelers abroad in April-September. "
                      "Motorcycle exports rose 6.81 per cent to 1,585,338 units, but scooter "
                      "exports slid 10.87 per cent to 201,277.", date(2019, 10, 21))
    assert found["1,793,957 two-wheelers"].commodity == "vehicles"
    assert found["1,585,338 units"].commodity == "vehicles"
    assert found["201,277"].commodity == "vehicles"
    found = extracted("Kenya imported 146,757 motorcycles in the first seven months of 2017.",
                      date(2017, 10, 10))
    assert found["146,757 motorcycles"].commodity == "vehicles"
