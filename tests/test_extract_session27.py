"""Rules of the twenty-seventh session of 2026-12-03, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted, parties, period
from tradetrace.extract.quantities import extract_quantities
from tradetrace.normalize.periods import FiscalStart, fiscal_year_start
from tradetrace.normalize.units import UnknownUnit, canonical_unit


def units(text: str) -> dict[str, tuple[float, str]]:
    return {q.surface: (q.value, q.unit) for q in extract_quantities(text)}


def test_a_fiscal_year_opens_on_the_day_written() -> None:
    """`which started on July 8`, `which began in mid-July`, `that ended on March 20`: the
    fiscal year opens on that day (the day after an end; mid-month is the 16th), and its parts
    count months from that day."""
    assert fiscal_year_start("the 2024/25 fiscal year, which started on July 8") == \
        FiscalStart(7, 8)
    assert fiscal_year_start("the current fiscal year, which began in mid-July") == \
        FiscalStart(7, 16)
    assert fiscal_year_start("the fiscal year that ended on March 20") == FiscalStart(3, 21)
    assert fiscal_year_start("the fiscal year that ended in June") == FiscalStart(7)
    found = extracted("Uganda earned $412.5 million from 61,000 tonnes of tea sold abroad in "
                      "the first three months of the 2024/25 fiscal year, which started on "
                      "July 8.", date(2024, 11, 2))
    assert period(found["$412.5 million"]) == ("2024-07-08", "2024-10-07")
    found = extracted("Bhutan sold Rs 3.4 billion of electricity to India in the first four "
                      "months of the current fiscal year, which began in mid-July, the "
                      "utility said.", date(2023, 11, 20))
    assert period(found["Rs 3.4 billion"]) == ("2023-07-16", "2023-11-15")
    found = extracted("Sales of power abroad brought in Rs 41.2 crore in the 2019-20 fiscal "
                      "year, which ended in mid-July.", date(2020, 8, 31))
    assert period(found["Rs 41.2 crore"]) == ("2019-07-16", "2020-07-15")


def test_iranian_years_by_their_number_and_as_this_year() -> None:
    """`the Iranian year 1403, which began on March 20, 2024` is that Solar Hijri year, from its
    written first day (its parts counted from it); `this Iranian year` after `the Iranian year
    that ended on March 20` is the year after it. With no day written the year stays unplaced."""
    found = extracted("Iran sold $21.3 billion of goods abroad in the first ten months of the "
                      "Iranian year 1403, which began on March 20, 2024.", date(2025, 1, 26))
    assert period(found["$21.3 billion"]) == ("2024-03-20", "2025-01-19")
    found = extracted("Iran's exports to Armenia grew 14 percent in the Iranian year that ended "
                      "on March 20. Officials expect sales there to reach $900 million this "
                      "Iranian year.", date(2024, 6, 1))
    assert period(found["14 percent"]) == ("2023-03-21", "2024-03-20")
    assert period(found["$900 million"]) == ("2024-03-21", "2025-03-20")
    found = extracted("Iran shipped $1.9 billion of goods to Oman over the opening 11 months of "
                      "the Iranian calendar year 1398.", date(2020, 3, 1))
    assert period(found["$1.9 billion"]) == (None, None)


def test_dates_in_brackets_after_a_named_year_and_after_a_counted_span() -> None:
    """`the current Iranian calendar year (March 21-July 22)` and `in the four months from
    March 20 to July 22`: the days written after the year or the span are the figure's period
    (a span named by its length is not `the same` span as before when its days follow)."""
    found = extracted("Iran's non-oil trade with Iraq came to $4.4 billion over the opening four "
                      "months of the current Iranian calendar year (March 21-July 22), customs "
                      "data show.", date(2023, 8, 2))
    assert period(found["$4.4 billion"]) == ("2023-03-21", "2023-07-22")
    found = extracted("Iran's non-oil exports rose to $6.1 billion in the four months from March "
                      "20 to July 22, the customs office said.", date(2013, 7, 28))
    assert period(found["$6.1 billion"]) == ("2013-03-20", "2013-07-22")


def test_units_of_electricity_are_kilowatt_hours() -> None:
    """`1.2 billion units` of power and `Rs 8.10 per unit` in a passage about electricity are
    kilowatt-hours (South Asian usage); units of anything else stay units."""
    found = units("Nepal sold 1.2 billion units of electricity to India, earning Rs 9.7 billion "
                  "at Rs 8.10 per unit. In the first two months it shipped 380 million and 410 "
                  "million units, respectively.")
    assert found["1.2 billion units"] == (1.2e9, "kilowatt_hour")
    assert found["Rs 8.10 per unit"] == (8.1, "NPR/kilowatt_hour")
    assert found["380 million"] == (3.8e8, "kilowatt_hour")
    assert found["410 million units"] == (4.1e8, "kilowatt_hour")
    found = units("Maruti sold 1,800 units in Nepal last month. The firm plans 40 housing units "
                  "of its own.")
    assert found["1,800 units"] == (1800, "unit")
    found = units("Power exports rose. The state firm also built 40 units of housing.")
    assert found["40 units"] == (40, "unit")


def test_a_price_per_unit_is_no_unit_of_pint() -> None:
    """`Rs 7.63 per unit` outside power is a price per counted unit, not per micro-nit (pint
    reads `unit` as a prefix symbol on a unit's name); `km` and `kWh` are still units."""
    with pytest.raises(UnknownUnit):
        canonical_unit("unit")
    assert canonical_unit("kWh") == (1.0, "kilowatt_hour")
    assert units("The phones sold at Rs 7,630 per unit.")["Rs 7,630 per unit"] == \
        (7630, "INR/unit")


def test_capitalised_power_units_after_a_hyphen_and_named_rupees() -> None:
    """`the 456-MW plant` is 456 megawatts (as `400-kV`); `7.19 billion Nepali rupees` is NPR
    and `Sri Lankan rupees` LKR even in a story about India."""
    found = units("The 456-MW plant and a 2-GW line, beside an F-35 jet.")
    assert found["456-MW"] == (456, "megawatt")
    assert found["2-GW"] == (2, "gigawatt")
    assert "35" not in " ".join(found)
    found = extracted("India's sales of power to Nepal fetched 7.19 billion Nepali rupees, and "
                      "India's fuel sales to Sri Lanka 3 billion Sri Lankan rupees, in June.",
                      date(2022, 9, 20))
    assert found["7.19 billion Nepali rupees"].unit == "NPR"
    assert found["3 billion Sri Lankan rupees"].unit == "LKR"
    assert parties(found["7.19 billion Nepali rupees"])[:2] == ("IND", "NPL")


def test_a_bare_oil_after_an_edible_oil_is_that_oil() -> None:
    """`olive oil sales ... Packaged oil made up 53%`: a bare `oil` shortly after an edible oil,
    with no word of petroleum near, is the edible oil (food), not crude and products."""
    found = extracted("Greece earned $310 million from olive oil sold abroad in 2023. Packaged "
                      "oil made up 41% of the total, or $127 million.", date(2024, 2, 1))
    assert found["41%"].commodity == "food"
    assert found["$127 million"].commodity == "food"
    found = extracted("Spain exported 1.1 million tonnes of olive oil in 2023. Its crude oil "
                      "imports reached 60 million tonnes, and oil shipments from Nigeria 9 "
                      "million tonnes.", date(2024, 2, 1))
    assert found["9 million tonnes"].commodity == "oil"


def test_export_targets_for_countries_name_the_destinations() -> None:
    """`export targets for Vietnam and South Korea of 500 million yen and 4.1 billion yen,
    respectively`: `for` after export targets names the buyers, each in its row."""
    found = extracted("Japan set scallop export targets for Vietnam and South Korea of 500 "
                      "million yen and 4.1 billion yen, respectively.", date(2023, 12, 25))
    assert parties(found["500 million yen"])[:2] == ("JPN", "VNM")
    assert parties(found["4.1 billion yen"])[:2] == ("JPN", "KOR")


def test_a_flow_to_many_countries_has_no_headline_partner() -> None:
    """`Iran shipped 56,298 tons of pistachios to 57 countries` under a headline on its top
    buyers: a flow to a counted number of countries has no one buyer; rows after `China topped
    the destinations` are buyers too."""
    found = extracted("Russia, India lead buyers of Iranian pistachios\nIran shipped 56,298 tons "
                      "of pistachios to 57 countries last year, IRNA reported. Russia was the top "
                      "destination with 7,329 tons.", date(2023, 4, 18))
    assert parties(found["56,298 tons"])[:2] == ("IRN", None)
    assert parties(found["7,329 tons"])[:2] == ("IRN", "RUS")
    found = extracted("China leads buyers of Iranian saffron\nIran sold 120 tons of saffron to "
                      "44 countries in the spring, earning $154 million. China topped the "
                      "destinations, buying 31 tons. Next came Spain with 22 tons and Iraq "
                      "with 18 tons.", date(2020, 7, 25))
    assert parties(found["120 tons"])[:2] == ("IRN", None)
    assert parties(found["22 tons"])[:2] == ("IRN", "ESP")
    assert parties(found["18 tons"])[:2] == ("IRN", "IRQ")


def test_a_revised_policy_and_a_goal_put_at_a_figure_name_no_source() -> None:
    """`The government revised its export strategy` gives no figures (only `revised its
    forecast` names a source); `with the EU's goal put at 4.5 billion yen` names what was put,
    not who put it (`which Bloomberg put at`, `with the USDA putting its purchases at` do)."""
    found = extracted("The government revised its export strategy on Monday. Exports of farm "
                      "products rose 4.1 pct in January-October to 1,166.4 billion yen, with "
                      "the European Union's goal put at 4.5 billion yen.", date(2023, 12, 25))
    assert found["4.1 pct"].attribution is None
    assert found["4.5 billion yen"].attribution is None
    found = extracted("The USDA revised its forecast of Philippine rice imports to 3 million "
                      "tonnes.", date(2019, 11, 11))
    assert found["3 million tonnes"].attribution == "The USDA"
    found = extracted("The Philippines will overtake China as the top rice importer, with the "
                      "agency putting its purchases at 3.2 million tonnes.", date(2019, 11, 11))
    assert found["3.2 million tonnes"].attribution == "the agency"


def test_a_lentil_in_the_singular_is_food() -> None:
    """`Lentil movement out of Canada`, `Canadian lentil exports`: the goods named in the
    singular before the flow noun."""
    found = extracted("Canadian lentil exports in March totalled 267,462 tonnes, Statistics "
                      "Canada said.", date(2021, 5, 6))
    assert found["267,462 tonnes"].commodity == "food"


def test_a_month_range_to_the_end_of_a_month_or_from_mid_month() -> None:
    """`between November and the end of March 2024`, `between early June and mid-September`:
    the months from the first to the last, whole."""
    found = extracted("Tunisia's olive oil exports brought in 2,865.7 million dinars between "
                      "November and the end of March 2024, ONAGRI said.", date(2024, 4, 10))
    assert period(found["2,865.7 million dinars"]) == ("2023-11-01", "2024-03-31")
    found = extracted("Nepal's power sales to India between early June and mid-September "
                      "fetched 7.19 billion Nepali rupees.", date(2022, 9, 20))
    assert period(found["7.19 billion Nepali rupees"]) == ("2022-06-01", "2022-09-30")


def test_exports_brought_in_an_amount_in_a_named_currency_were_earned() -> None:
    """`olive oil exports brought in 2,865.7 million dinars`: money earned by the exporter, as
    `brought in $146 million` (goods brought in stay imports)."""
    found = extracted("Tunisia's olive oil exports brought in 2,865.7 million dinars in March, "
                      "ONAGRI said.", date(2024, 4, 10))
    assert parties(found["2,865.7 million dinars"])[:2] == ("TUN", None)
    found = extracted("Kenya brought in 2 million tonnes of wheat in March.", date(2024, 4, 10))
    assert parties(found["2 million tonnes"])[:2] == (None, "KEN")


def test_parts_of_its_fiscal_year_and_of_a_national_fiscal_year() -> None:
    """`the first 10 months of its 2021/2022 fiscal year` and `the opening seven months of the
    2022/2023 Ethiopian fiscal year`, which began on July 8: counted from that day."""
    found = extracted("Flowers sold abroad earned Ethiopia 421 million U.S. dollars in the first "
                      "10 months of its 2021/2022 fiscal year, which began on July 8, an official "
                      "said.", date(2022, 5, 16))
    assert period(found["421 million U.S. dollars"]) == ("2021-07-08", "2022-05-07")
    found = extracted("Fruit sold abroad earned Ethiopia 65.7 million dollars in the opening "
                      "seven months of the 2022/2023 Ethiopian fiscal year, which began on July "
                      "8, he said.", date(2023, 2, 24))
    assert period(found["65.7 million dollars"]) == ("2022-07-08", "2023-02-07")


def test_takings_over_this_years_season_and_exporters_takings() -> None:
    """`flower exporters took in $245 million over this year's Valentine's season`: the
    exporters' takings, over this year (not a level compared with this year's); `up 5% over
    last year's first half` still compares."""
    found = extracted("Colombia's flower exporters took in $245 million over this year's "
                      "Valentine's season, the association said.", date(2021, 2, 24))
    assert parties(found["$245 million"])[:2] == ("COL", None)
    assert period(found["$245 million"]) == ("2021-01-01", "2021-12-31")


def test_flowers_and_nuts_have_no_key_and_a_mango_is_food() -> None:
    """`cut-flower exports`, `hazelnut sales abroad`: goods the taxonomy has no key for, not all
    trade; `Mango exports` in the singular are food."""
    found = extracted("Earnings from Kenya's cut-flower exports rose 20 percent to 113.2 billion "
                      "Kenyan shillings in 2018.", date(2019, 6, 5))
    assert found["113.2 billion Kenyan shillings"].commodity is None
    found = extracted("Mango exports from India reached $47.98 million in April-August 2023.",
                      date(2023, 10, 27))
    assert found["$47.98 million"].commodity == "food"


def test_a_quota_that_moves_to_a_figure_is_a_cap() -> None:
    """`The annual duty-free quota ... rises by a third, to 120,000 tonnes from 90,000 tonnes`:
    the quota's new and old levels are caps (its own verb; not `the quota ran out as exports
    rose`)."""
    found = extracted("The annual duty-free quota for Ukrainian poultry sold to the bloc rises "
                      "by a third, to 120,000 tonnes from 90,000 tonnes.", date(2025, 10, 30))
    assert found["120,000 tonnes"].kind == "cap"
    assert found["90,000 tonnes"].kind == "cap"
    found = extracted("Shipments of eggs to the bloc rose to 18,000 tonnes in 2024 while the "
                      "quota stayed open.", date(2025, 10, 30))
    assert found["18,000 tonnes"].kind == "level"


def test_buyers_in_a_country_opening_a_sentence_and_the_rok() -> None:
    """`Buyers in the United States took the largest slice`: the buyers stand for their country;
    `The RoK took over 840,000 tonnes` is South Korea."""
    found = extracted("China shipped 2.951 million mt of used cooking oil last year. Buyers in "
                      "the United States took the largest slice, 1.267 million mt.",
                      date(2025, 2, 5))
    assert parties(found["1.267 million mt"])[:2] == ("CHN", "USA")
    found = extracted("Japan bought 1.16 million tonnes of wood pellets from Vietnam in "
                      "January-June. The RoK took over 840,000 tonnes.", date(2023, 10, 2))
    assert parties(found["840,000 tonnes"])[:2] == ("VNM", "KOR")


def test_compensated_gross_tons_measure_ships() -> None:
    """`9.43 million compensated gross tons (CGTs)`, `1.37 million CGT`: shipbuilding's measure
    of ships ordered or built, a unit of its own (CGT) that can measure a claim."""
    found = units("Korean yards booked 9.43 million compensated gross tons of new ships, or "
                  "37.3 percent of the 25.29 million CGTs ordered worldwide; August brought "
                  "1.37 million CGT.")
    assert found["9.43 million compensated gross tons"] == (9.43e6, "CGT")
    assert found["25.29 million CGTs"] == (25.29e6, "CGT")
    assert found["1.37 million CGT"] == (1.37e6, "CGT")
    found = extracted("South Korea exported ships of 2.1 million CGT to Greece in 2023.",
                      date(2024, 1, 10))
    assert found["2.1 million CGT"].unit == "CGT"


def test_live_animals_counted_and_moved_are_goods_with_no_key() -> None:
    """`433,078 head shipped`, `the 650,717 sent in 2023`: counts moved by their participle are
    goods; live cattle and sheep have no key (not all trade)."""
    found = extracted("Australia's live sheep exports sank to a record low in 2024, with 433,078 "
                      "head shipped, 33 per cent fewer than in 2023.", date(2025, 2, 20))
    assert found["433,078 head"].unit == "head"
    assert found["33 per cent"].commodity is None


def test_a_change_from_a_period_and_an_announcement_month() -> None:
    """`more than doubled from 2019/2020 to 6.78 MMT`: the period after `from` is the change's
    base, not the new level's; `since Beijing announced in early February a probe` dates the
    announcement, not the figures after it."""
    found = extracted("U.S. sorghum exports rose to 7.18 million tonnes in the 2020/2021 marketing "
                      "year, which ran from September to August. Chinese purchases more than "
                      "doubled from 2019/2020 to 6.78 MMT.", date(2022, 1, 20))
    assert period(found["6.78 MMT"]) == ("2020-09-01", "2021-08-31")
    found = extracted("China brought in 860,000 tonnes of barley in March, customs said. Demand "
                      "has surged since Beijing announced in early February a probe into U.S. "
                      "sorghum. Sugar purchases reached 380,000 tonnes.", date(2018, 4, 23))
    assert period(found["380,000 tonnes"]) == ("2018-03-01", "2018-03-31")


def test_the_reviews_limits_on_the_sessions_rules() -> None:
    """The review's finds, each pinned as a rule's limit."""
    # units: a count of other things, a modifier, a spelled count and `electricity-powered`
    found = units("Tata Motors sold 45,000 units in Nepal last year, while Nepal's hydropower "
                  "plants exported 1.2 billion units of electricity to India. The plant has four "
                  "units.")
    assert found["45,000 units"][1] == "unit"
    assert found["1.2 billion units"][1] == "kilowatt_hour"
    assert found["four units"][1] == "unit"
    found = units("India's electricity exports rose. Indian builders also sold 5,000 housing "
                  "units, and Nepal imported 1,800 units of electricity-powered scooters.")
    assert found["5,000 housing units"][1] == "unit"
    assert found["1,800 units"][1] == "unit"
    # edible oil: crude after an edible oil stays oil (a decimal point is no sentence end)
    found = extracted("Ukraine exported 5 million tonnes of sunflower oil last year. Russia's oil "
                      "exports to India averaged 1.7 million barrels per day.", date(2024, 4, 10))
    assert found["1.7 million barrels per day"].commodity == "oil"
    # fiscal years: no start from other words; parts of the fiscal year and its edges
    found = extracted("Pakistan's textile exports in the 2023-24 fiscal year rose to $16.7 "
                      "billion. Talks on the fiscal year budget began on June 12.",
                      date(2024, 4, 10))
    assert period(found["$16.7 billion"]) == ("2023-01-01", "2024-12-31")
    found = extracted("Nepal sold 1.2 billion units of electricity to India in the first four "
                      "months of the fiscal year, which began in mid-July.", date(2023, 11, 20))
    assert period(found["1.2 billion units"]) == ("2023-07-16", "2023-11-15")
    found = extracted("Nepal sold Rs 9 billion of electricity to India in the fiscal year that "
                      "ended in mid-July.", date(2023, 11, 20))
    assert period(found["Rs 9 billion"]) == ("2022-07-16", "2023-07-15")
    # Iranian years: dates in brackets are the part's; a part of an unplaced year is unknown
    found = extracted("Iran's exports to China reached $3 billion in the first two months of the "
                      "current Iranian calendar year (March 20 to May 21), customs said.",
                      date(2024, 6, 1))
    assert period(found["$3 billion"]) == ("2024-03-20", "2024-05-21")
    found = extracted("Iran's trade with Turkey came to $6 billion in the first two months of "
                      "this Iranian year, officials said.", date(2024, 6, 1))
    assert period(found["$6 billion"]) == (None, None)
    # this year's season with a change; buyers who hold back; `exports for`; a union; revised
    found = extracted("Kenya's flower exports rose 10 percent over this year's Valentine's "
                      "season.", date(2024, 4, 10))
    assert period(found["10 percent"]) == ("2024-01-01", "2024-12-31")
    found = extracted("Soybean shipments reached 15 million tonnes in March, record exports for "
                      "Brazil, the shipping agency said.", date(2024, 4, 10))
    assert parties(found["15 million tonnes"])[1] != "BRA"
    assert "3,000 CGT" not in units("French wheat exports fell as 3,000 CGT members struck.")
    found = extracted("The USDA revised Egypt's 2024/25 wheat imports to 12.5 million tonnes.",
                      date(2024, 6, 10))
    assert found["12.5 million tonnes"].attribution == "The USDA"
    found = extracted("Ukraine's egg exports in the quota period rose by a third, to 20,000 "
                      "tonnes from 15,000 tonnes.", date(2025, 3, 10))
    assert found["20,000 tonnes"].kind == "level"


def test_the_country_after_buyers_of_the_sellers_flow_is_the_seller() -> None:
    """`Japan and Mexico took 54 percent of the month's volume` after `Brazil shipped ...`: a
    sentence opening on buyers taking a part leaves the seller what `the country` means next
    (`Egypt bought 2.9 million tonnes` is a flow of its own, and its subject stays); `egg` in
    the singular is food."""
    found = extracted("Brazil shipped 1,900 metric tons of eggs in November, ABPA reported. Japan "
                      "and Mexico took 54 percent of the month's volume between them. From "
                      "January through November the country's egg exports totalled 38,600 "
                      "metric tons.", date(2025, 12, 16))
    assert parties(found["38,600 metric tons"])[:2] == ("BRA", None)
    assert found["38,600 metric tons"].commodity == "food"
    found = extracted("Turkish hazelnut earnings double\nTürkiye's hazelnut sales abroad brought "
                      "in $641 million in September and October. China stood out among the "
                      "markets, with its purchases up 153% on the year. In the previous season "
                      "the country sold nearly 262,000 tons of the nuts abroad.",
                      date(2019, 11, 4))
    assert parties(found["262,000 tons"])[:2] == ("TUR", None)


def test_an_unnamed_fiscal_year_in_a_text_with_no_publication_date() -> None:
    """`the first four months of the fiscal year, which began in mid-July` with no publication
    date: no year under way to place it in, and no error (the throughput bench joins passages
    without their dates)."""
    from tradetrace.extract import extract_claims
    from tradetrace.model import Document

    text = ("Nepal sold Rs 9 billion of electricity to India in the first four months of the "
            "fiscal year, which began in mid-July, and Rs 20 billion in the fiscal year that "
            "ended in mid-July.")
    found = extract_claims(Document.from_text(text))
    assert {c.surface for c in found} == {"Rs 9 billion", "Rs 20 billion"}


def test_a_fiscal_year_closing_on_a_day_that_does_not_exist() -> None:
    """`the fiscal year that ended on June 31` (a typo) reads the month alone, and `ended on
    February 29` is a day: no error either way."""
    assert fiscal_year_start("the fiscal year that ended on June 31") == FiscalStart(7)
    assert fiscal_year_start("the fiscal year that ended on February 29") == FiscalStart(3)


def test_the_ways_a_fiscal_year_names_its_opening() -> None:
    """After the fiscal year: `covering` and `from` its first month, `the year that started on`,
    a bracket, or the first month of a span after a comma (`its fiscal year, April through
    September`: a part from the year's opening)."""
    assert fiscal_year_start("Japan's LNG purchases in the fiscal year covering April 2023 "
                             "through March 2024 fell") == FiscalStart(4)
    assert fiscal_year_start("9% of imports in the fiscal year from April 2024 to March "
                             "2025") == FiscalStart(4)
    assert fiscal_year_start("trade contracted 42% in fiscal 2023, the year that started on "
                             "April 1, 2023") == FiscalStart(4)
    assert fiscal_year_start("exports in fiscal 2024 (FY24), which began on October 1, "
                             "rose") == FiscalStart(10)
    assert fiscal_year_start("more gas in the first half of its fiscal year, April through "
                             "September, than a year earlier") == FiscalStart(4)

