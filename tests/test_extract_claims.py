"""Claims from short sentences: each pattern of the conventions, and each thing that is not a claim.

Quantities are written out by hand (what the quantity layer would hand over), so these tests
exercise the claim logic alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import claims_from, quantity_at
from tradetrace.extract import EXTRACTOR_VERSION
from tradetrace.model import Claim, Quantity
from tradetrace.model.claim import claim_id

JUNE_2024 = date(2024, 6, 15)


q = quantity_at

def claims(text: str, *quantities: tuple[str, float, str] | Quantity,
           published: date | None = JUNE_2024, title: str | None = None) -> list[Claim]:
    return claims_from(text, quantities, published, title=title)


def one(text: str, *quantities: tuple[str, float, str] | Quantity, **kw: object) -> Claim:
    found = claims(text, *quantities, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, [c.surface for c in found]
    return found[0]


def flow(claim: Claim) -> tuple[str | None, str | None, bool]:
    return claim.exporter, claim.importer, claim.two_way


# --- who supplies whom -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "surface", "unit", "expected"),
    [
        ("Iran exported 1.5 million barrels of crude oil to China in March.",
         "1.5 million barrels", "bbl", ("IRN", "CHN", False)),
        ("China imported 800,000 tons of crude from Iran last year.",
         "800,000 tons", "t", ("IRN", "CHN", False)),
        ("Russia shipped 20,000 tons of wheat to Egypt in May.",
         "20,000 tons", "t", ("RUS", "EGY", False)),
        ("Moscow supplied Pyongyang with 1 million barrels of refined petroleum.",
         "1 million barrels", "bbl", ("RUS", "PRK", False)),
        ("Last year Russia provided North Korea with 5,000 tons of flour.",
         "5,000 tons", "t", ("RUS", "PRK", False)),
        ("Brazil sold 2 million tons of soybeans to China.",
         "2 million tons", "t", ("BRA", "CHN", False)),
        ("North Korea received 45,000 tons of fertilizer from Beijing.",
         "45,000 tons", "t", ("CHN", "PRK", False)),
        ("Russian oil worth $30 million reached Pyongyang last year.",
         "$30 million", "USD", ("RUS", "PRK", False)),
        ("Chinese exports of rice to North Korea totaled 50,000 tons in 2019.",
         "50,000 tons", "t", ("CHN", "PRK", False)),
        ("Japan bought 3 million tons of coal from Australia.",
         "3 million tons", "t", ("AUS", "JPN", False)),
        ("Pyongyang bought 20,000 tons of fertilizer from the Russian Far East.",
         "20,000 tons", "t", ("RUS", "PRK", False)),
    ],
)
def test_exporter_and_importer(text: str, surface: str, unit: str,
                               expected: tuple[str | None, str | None, bool]) -> None:
    assert flow(one(text, (surface, 1.0, unit))) == expected


def test_possessive_exports_and_imports() -> None:
    exports = one("India's rice exports to Bangladesh rose 12 percent last year.",
                  ("12 percent", 12, "percent"))
    assert (exports.kind, exports.direction, exports.commodity) == ("change", "up", "rice")
    assert flow(exports) == ("IND", "BGD", False)
    imports = one("North Korea's imports from China fell 4 percent in 2022.",
                  ("4 percent", 4, "percent"))
    assert (imports.direction, imports.commodity, imports.year) == ("down", "trade", 2022)
    assert flow(imports) == ("CHN", "PRK", False)


def test_pronoun_takes_the_subject_of_the_sentence() -> None:
    claim = one("Whereas Vietnam raised its exports to Japan by 9 percent, growth slowed.",
                ("9 percent", 9, "percent"))
    assert flow(claim) == ("VNM", "JPN", False)
    text = "North Korea's trade fell. Its imports from Russia rose 30 percent in 2023."
    assert flow(one(text, ("30 percent", 30, "percent"))) == ("RUS", "PRK", False)


@pytest.mark.parametrize(
    "text",
    [
        "Trade between China and North Korea reached $2.3 billion in 2023.",
        "China-North Korea trade reached $2.3 billion in 2023.",
        "China's trade with North Korea reached $2.3 billion in 2023.",
    ],
)
def test_two_way_trade(text: str) -> None:
    claim = one(text, ("$2.3 billion", 2.3e9, "USD"))
    assert (claim.commodity, claim.year, claim.kind) == ("trade", 2023, "level")
    assert flow(claim) == ("CHN", "PRK", True)


def test_actor_that_is_not_a_country_is_the_articles_country() -> None:
    text = ("North Korea is turning to Russia for supplies. The Cabinet plans to import "
            "50,000 tons of rice from Russia in August.")
    claim = one(text, ("50,000 tons", 5e4, "t"))
    assert flow(claim) == ("RUS", "PRK", False)
    assert (claim.modality, claim.period_start, claim.period_end) == (
        "planned", "2024-08-01", "2024-08-31")


# --- kinds -------------------------------------------------------------------------------------

def test_share_of_foreign_trade() -> None:
    claim = one("China accounted for 98 percent of North Korea's trade in 2023.",
                ("98 percent", 98, "percent"))
    assert (claim.kind, claim.commodity, claim.year, claim.direction) == (
        "share", "trade", 2023, None)
    assert flow(claim) == ("CHN", "PRK", True)


def test_cap_of_a_sanctions_resolution() -> None:
    claim = one("Resolution 2397 limits refined petroleum supplies to 500,000 barrels a year.",
                ("500,000 barrels", 5e5, "bbl"))
    assert (claim.kind, claim.commodity, claim.importer, claim.exporter) == (
        "cap", "refined_petroleum", "PRK", None)
    assert claim.period_start is None and claim.modality == "reported"


@pytest.mark.parametrize(
    ("text", "surface", "unit", "change", "direction"),
    [
        ("Coal exports to China fell by 30 percent year on year in January.", "30 percent",
         "percent", None, "down"),
        ("Oil shipments to India jumped 48 percent in 2023.", "48 percent", "percent", None,
         "up"),
        ("Exports of iron ore doubled last year.", "doubled", "x", "up", "up"),
        ("Russia's grain exports to Turkey shrank by 12.5 percent in 2022.", "12.5 percent",
         "percent", None, "down"),
    ],
)
def test_changes(text: str, surface: str, unit: str, change: str | None, direction: str) -> None:
    claim = one(text, q(text, surface, 2.0, unit, change=change))
    assert (claim.kind, claim.direction) == ("change", direction)


def test_change_with_both_levels_gives_three_claims() -> None:
    text = ("Russia's exports to North Korea rose 58.5 percent to $36.89 million last year "
            "from $23.28 million in 2012.")
    found = claims(text, ("58.5 percent", 58.5, "percent"), ("$36.89 million", 36.89e6, "USD"),
                   ("$23.28 million", 23.28e6, "USD"), published=date(2014, 5, 14))
    change, new, old = found
    assert (change.kind, change.direction, change.year) == ("change", "up", 2013)
    assert (new.kind, new.year, old.kind, old.year) == ("level", 2013, "level", 2012)
    assert all(flow(c) == ("RUS", "PRK", False) for c in found)


def test_continuing_sentence_inherits_commodity_and_parties() -> None:
    text = ("Russia exported $36.89 million of oil to North Korea last year. "
            "This is a 58.5 percent increase from the previous year.")
    first, second = claims(text, ("$36.89 million", 36.89e6, "USD"),
                           q(text, "58.5 percent", 58.5, "percent", change="up"),
                           published=date(2014, 5, 14))
    assert (second.commodity, second.exporter, second.importer) == ("oil", "RUS", "PRK")
    assert (second.kind, second.year) == ("change", 2013)


def test_a_new_paragraph_does_not_inherit_the_topic() -> None:
    text = ("Russia exported $36.89 million of oil to North Korea last year.\n"
            "It is a 15 percent rise.")
    found = claims(text, ("$36.89 million", 36.89e6, "USD"), ("15 percent", 15, "percent"))
    assert [c.surface for c in found] == ["$36.89 million"]


def test_parenthetical_equivalent_is_its_own_claim() -> None:
    text = "Russia will ship 160,000 tons (1.2 million barrels) of oil to North Korea."
    tons = q(text, "160,000 tons", 1.6e5, "t")
    barrels = q(text, "1.2 million barrels", 1.2e6, "bbl", equivalent_of=0)
    first, second = claims(text, tons, barrels)
    assert second.equivalent_of == first.id and first.equivalent_of is None
    assert (second.unit, second.commodity, flow(second)) == ("bbl", "oil", ("RUS", "PRK", False))
    assert second.modality == first.modality == "planned"


# --- commodity ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam imported 300,000 tons of soybean oil from Brazil.", "soybean_oil"),
        ("Indonesia exported 300,000 tons of palm oil to India.", "food"),
        ("Russia exported 300,000 tons of refined oil to China.", "refined_petroleum"),
        ("Russia exported 300,000 tons of diesel to China.", "diesel"),
        ("Russia's oil exports to China reached 300,000 tons.", "oil"),
        ("Russia's total exports to China reached 300,000 tons.", "trade"),
    ],
)
def test_commodity(text: str, expected: str) -> None:
    assert one(text, ("300,000 tons", 3e5, "t")).commodity == expected


def test_barrels_without_a_commodity_word_are_oil() -> None:
    claim = one("Saudi Arabia produced 9 million barrels per day in May.",
                ("9 million barrels per day", 9e6, "bbl/d"))
    assert (claim.commodity, claim.exporter, claim.importer) == ("oil", "SAU", None)


# --- periods -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "published", "start", "end"),
    [
        ("China imported 5,000 tons of rice from Vietnam last year.", JUNE_2024,
         "2023-01-01", "2023-12-31"),
        ("China imported 5,000 tons of rice from Vietnam this year.", JUNE_2024,
         "2024-01-01", "2024-12-31"),
        ("China imported 5,000 tons of rice from Vietnam in H1 2023.", JUNE_2024,
         "2023-01-01", "2023-06-30"),
        ("China imported 5,000 tons of rice from Vietnam in Q3.", JUNE_2024,
         "2023-07-01", "2023-09-30"),
        ("China imported 5,000 tons of rice from Vietnam in January-May.", JUNE_2024,
         "2024-01-01", "2024-05-31"),
        ("China imported 5,000 tons of rice from Vietnam in September.", date(2024, 1, 20),
         "2023-09-01", "2023-09-30"),
        ("China will import 5,000 tons of rice from Vietnam in September.", date(2024, 1, 20),
         "2024-09-01", "2024-09-30"),
        ("China will import 5,000 tons of rice from Vietnam starting in February.",
         date(2025, 2, 19), "2025-02-01", "2025-12-31"),
        ("China imported 5,000 tons of rice from Vietnam in the first half.", date(2024, 8, 1),
         "2024-01-01", "2024-06-30"),
    ],
)
def test_period(sentence: str, published: date, start: str, end: str) -> None:
    claim = one(sentence, ("5,000 tons", 5000, "t"), published=published)
    assert (claim.period_start, claim.period_end, claim.year) == (start, end, int(start[:4]))


def test_no_period_stated_gives_none() -> None:
    claim = one("China imports rice from Vietnam in lots of 5,000 tons.", ("5,000 tons", 5e3, "t"))
    assert (claim.period_start, claim.period_end, claim.year) == (None, None, None)


def test_same_period_continues_the_period_in_force() -> None:
    text = ("Russia's exports to China rose 10 percent last year. Meanwhile, China's exports to "
            "Russia fell 5 percent over the same period.")
    found = claims(text, ("10 percent", 10, "percent"), ("5 percent", 5, "percent"))
    assert [c.year for c in found] == [2023, 2023]
    assert flow(found[1]) == ("CHN", "RUS", False)


# --- modality, hedging, attribution --------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Russia exported 5,000 tons of wheat to Iran.", "reported"),
        ("Russia plans to export 5,000 tons of wheat to Iran.", "planned"),
        ("Russia agreed to supply 5,000 tons of wheat to Iran.", "planned"),
        ("Russia will export 5,000 tons of wheat to Iran.", "planned"),
        ("Russia exported an estimated 5,000 tons of wheat to Iran.", "estimated"),
        ("Russia is expected to export 5,000 tons of wheat to Iran.", "forecast"),
        ("Russia's wheat exports to Iran are projected to reach 5,000 tons.", "forecast"),
    ],
)
def test_modality(sentence: str, modality: str) -> None:
    assert one(sentence, ("5,000 tons", 5000, "t")).modality == modality


@pytest.mark.parametrize(
    ("sentence", "surface", "bound", "approximate"),
    [
        ("Russia exported about 5,000 tons of wheat to Iran.", "5,000 tons", "~", True),
        ("Russia exported more than 5,000 tons of wheat to Iran.", "5,000 tons", ">", True),
        ("Russia exported up to 5,000 tons of wheat to Iran.", "5,000 tons", "<", True),
        ("Russia exported 5,000 tons of wheat to Iran.", "5,000 tons", "=", False),
    ],
)
def test_hedges_before_the_quantity(sentence: str, surface: str, bound: str,
                                    approximate: bool) -> None:
    claim = one(sentence, (surface, 5000, "t"))
    assert (claim.bound, claim.approximate) == (bound, approximate)


def test_hedge_inside_the_quantity_comes_from_its_bound() -> None:
    text = "Russia exported roughly 5,000 tons of wheat to Iran."
    claim = one(text, q(text, "roughly 5,000 tons", 5000, "t", bound="~"))
    assert claim.approximate and claim.bound == "~"


@pytest.mark.parametrize(
    ("sentence", "attribution"),
    [
        ("According to the Korea Customs Service on Monday, China exported 5,000 tons of rice "
         "to North Korea.", "the Korea Customs Service"),
        ("China exported 5,000 tons of rice to North Korea, the ministry said.", "the ministry"),
        ("A trader in Dandong told Daily NK that China exported 5,000 tons of rice to North "
         "Korea.", "A trader in Dandong"),
        ("“China exported 5,000 tons of rice to North Korea,” said the official.", "the official"),
        ("China exported 5,000 tons of rice to North Korea, the U.S. estimated.", "the U.S."),
        ("China exported 5,000 tons of rice to North Korea.", None),
    ],
)
def test_attribution(sentence: str, attribution: str | None) -> None:
    assert one(sentence, ("5,000 tons", 5000, "t")).attribution == attribution


def test_attribution_carries_through_a_paragraph_and_resolves_the_source() -> None:
    text = ("A source in Sinuiju told Daily NK about the order. “Pyongyang will import "
            "3,000 tons of flour from Russia,” the source added. It will also import "
            "2,000 tons of sugar from Russia.\nChina exported 1,000 tons of rice to Laos.")
    found = claims(text, ("3,000 tons", 3e3, "t"), ("2,000 tons", 2e3, "t"),
                   ("1,000 tons", 1e3, "t"))
    assert [c.attribution for c in found] == ["the source (A source in Sinuiju)",
                                             "the source (A source in Sinuiju)", None]


# --- not claims --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("North Korea's population is 25 million people.", "25 million people", "people"),
        ("The rail link to Russia runs 500 kilometers.", "500 kilometers", "kilometer"),
        ("Seven ships carried coal to China.", "Seven ships", "ship"),
        ("Rice sold for $600 per ton at markets in Pyongyang.", "$600", "USD"),
        ("Russia wrote off a 10 billion-dollar debt owed by North Korea.", "10 billion-dollar",
         "USD"),
        ("China's GDP grew 5.2 percent last year.", "5.2 percent", "percent"),
        ("Oil prices rose 20 percent in March.", "20 percent", "percent"),
        ("The leader, 40, visited a coal mine.", "40", ""),
        ("North Korea conducted its third nuclear test in 2013.", "third", ""),
        ("Some 300 workers were sent to Russia to build ships.", "300 workers", "people"),
        ("The defense budget of Russia reached $100 billion.", "$100 billion", "USD"),
        ("The president's approval rating fell to 30 percent.", "30 percent", "percent"),
    ],
)
def test_not_a_claim(sentence: str, surface: str, unit: str) -> None:
    assert claims(sentence, (surface, 1.0, unit)) == []


# --- records -----------------------------------------------------------------------------------

def test_claim_records_its_evidence_and_id() -> None:
    text = "Markets were calm. Iran exported 2 million barrels of oil to Syria in 2023."
    claim = one(text, ("2 million barrels", 2e6, "bbl"))
    assert claim.sentence == "Iran exported 2 million barrels of oil to Syria in 2023."
    assert text[claim.sentence_start:claim.sentence_end] == claim.sentence
    assert text[claim.start:claim.end] == claim.surface == "2 million barrels"
    assert claim.id == claim_id(claim.doc_id, claim.start, claim.end, EXTRACTOR_VERSION)
    assert claim.extractor_version == EXTRACTOR_VERSION
    assert (claim.normalized_value, claim.normalized_unit) == (2e6, "bbl")


def test_other_currencies_are_normalized_to_dollars_when_a_rate_exists() -> None:
    from tradetrace.normalize import currency
    text = "Japan bought ¥500 billion of coal from Australia in 2023."
    claim = one(text, ("¥500 billion", 5e11, "JPY"))
    assert claim.unit == "JPY" and claim.value == 5e11
    expected = currency.to_usd(5e11, "JPY", date(2023, 1, 1))
    if expected is None:
        assert claim.normalized_value is None
    else:
        assert claim.normalized_unit == "USD"
        assert claim.normalized_value == pytest.approx(expected)


def test_without_a_publication_date_only_stated_years_are_placed() -> None:
    text = "Iran exported 2 million barrels of oil to Syria last year and in 2022."
    claim = one(text, ("2 million barrels", 2e6, "bbl"), published=None)
    assert claim.year == 2022


def test_coordinated_quantities_share_a_trailing_period() -> None:
    text = ("North Korea imported 3,500 tons of soybean oil and 1,200 tons of sugar from China "
            "in July.")
    found = claims(text, ("3,500 tons", 3500, "t"), ("1,200 tons", 1200, "t"),
                   published=date(2024, 8, 20))
    assert [c.commodity for c in found] == ["soybean_oil", "sugar"]
    assert [c.period_start for c in found] == ["2024-07-01", "2024-07-01"]
    assert all(flow(c) == ("CHN", "PRK", False) for c in found)


def test_share_names_the_part_as_commodity() -> None:
    text = "North Korea's exports of wigs accounted for 50 percent of its exports to China in 2022."
    claim = one(text, ("50 percent", 50, "percent"))
    assert (claim.kind, claim.commodity, claim.year) == ("share", "wigs", 2022)
    assert flow(claim) == ("PRK", "CHN", False)


def test_attribution_drops_release_words() -> None:
    text = ("North Korea imported 2,800 tons of rice from China in October, according to Chinese "
            "customs data released on Monday.")
    claim = one(text, ("2,800 tons", 2800, "t"), published=date(2023, 11, 20))
    assert claim.attribution == "Chinese customs data"
    assert (claim.period_start, flow(claim)) == ("2023-10-01", ("CHN", "PRK", False))


def test_every_quantity_after_a_cap_word_in_the_clause_is_a_cap() -> None:
    text = ("The sanctions limit North Korea to importing 4 million barrels of crude oil and "
            "500,000 barrels of refined petroleum products a year.")
    crude, refined = claims(text, ("4 million barrels", 4e6, "bbl"),
                            ("500,000 barrels", 5e5, "bbl"))
    assert (crude.kind, crude.commodity, crude.importer) == ("cap", "crude_oil", "PRK")
    assert (refined.kind, refined.commodity, refined.importer) == (
        "cap", "refined_petroleum", "PRK")


def test_destination_written_as_a_possessive() -> None:
    text = "Russia shipped 45,000 tons of coal to North Korea's Rason port in May."
    assert flow(one(text, ("45,000 tons", 45000, "t"))) == ("RUS", "PRK", False)


def test_trading_partner_is_a_name_not_a_trade_flow() -> None:
    text = "Exports to China, North Korea's largest trading partner, rose 5 percent in 2023."
    claim = one(text, ("5 percent", 5, "percent"))
    assert flow(claim) == ("PRK", "CHN", False)


def test_articles_country_is_the_usual_subject_not_the_usual_destination() -> None:
    text = ("North Korea is shifting supplies to Russia. Pyongyang sent delegations to Russia "
            "and Moscow. The Cabinet plans to import 10,000 tons of wheat from Russia.")
    assert flow(one(text, ("10,000 tons", 1e4, "t"))) == ("RUS", "PRK", False)


def test_a_title_names_the_articles_country() -> None:
    text = "The Cabinet plans to import 10,000 tons of wheat from Russia."
    claim = one(text, ("10,000 tons", 1e4, "t"), title="Laos turns to Russia for grain")
    assert flow(claim) == ("RUS", "LAO", False)


def test_total_trade_without_a_partner_is_the_articles_country_alone() -> None:
    # a total of trade in both directions is two-way with the other party null, so that it is
    # never read as the country's exports
    text = ("North Korea's trade is recovering. KOTRA's figures for 2023 show total trade of "
            "$2.77 billion, with China's share at 98.3 percent.")
    level, share = claims(text, ("$2.77 billion", 2.77e9, "USD"), ("98.3 percent", 98.3,
                                                                    "percent"))
    assert flow(level) == ("PRK", None, True) and level.attribution == "KOTRA"
    assert (share.kind, flow(share)) == ("share", ("CHN", "PRK", True))


@pytest.mark.parametrize(
    ("text", "surface", "value", "expected"),
    [
        ("In 2022 Laos's total recorded trade was 9.1 billion dollars, the ministry said.",
         "9.1 billion dollars", 9.1e9, ("LAO", None, True)),
        ("Mongolia's foreign trade volume reached $24 billion in 2023.",
         "$24 billion", 24e9, ("MNG", None, True)),
        # a total of exports or of imports alone stays one-way
        ("Mongolia's total exports reached $15 billion in 2023.",
         "$15 billion", 15e9, ("MNG", None, False)),
        ("Laos's imports came to 7.2 billion dollars in 2022.",
         "7.2 billion dollars", 7.2e9, (None, "LAO", False)),
    ],
)
def test_one_countrys_total_trade_is_two_way_without_a_partner(
        text: str, surface: str, value: float, expected: tuple[str | None, str | None, bool],
) -> None:
    claim = one(text, (surface, value, "USD"), published=date(2024, 3, 1))
    assert (claim.commodity, flow(claim)) == ("trade", expected)


def test_bilateral_trade_pairs_the_named_country_with_the_articles() -> None:
    text = ("North Korea's trade is recovering. Moscow's own officials put bilateral trade at "
            "about $34 million for 2024.")
    claim = one(text, ("$34 million", 34e6, "USD"))
    assert claim.two_way and {claim.exporter, claim.importer} == {"RUS", "PRK"}


def test_commodity_of_a_clause_without_one_is_the_sentence_subject() -> None:
    text = "Russian exports to Laos, mostly cereals and fuels, came to about $42 million."
    claim = one(text, ("$42 million", 42e6, "USD"))
    assert (claim.commodity, flow(claim)) == ("trade", ("RUS", "LAO", False))


def test_share_of_a_cap_keeps_the_flow() -> None:
    text = ("China supplied 91,909 barrels of refined petroleum to North Korea in 2021, or "
            "18.4 percent of the annual cap.")
    level, share = claims(text, ("91,909 barrels", 91909, "bbl"), ("18.4 percent", 18.4,
                                                                    "percent"))
    assert (share.kind, share.commodity, flow(share)) == (
        "share", "refined_petroleum", ("CHN", "PRK", False))
    assert flow(level) == ("CHN", "PRK", False) and level.year == 2021


def test_committee_is_not_a_commitment() -> None:
    text = "Russia told the sanctions committee it delivered 105,845 barrels of oil to Laos."
    assert one(text, ("105,845 barrels", 105845, "bbl")).modality == "reported"


def test_rates_per_unit_are_not_claims() -> None:
    text = "China's oil reports imply 8.33 barrels per tonne of exports to North Korea."
    assert claims(text, ("8.33 barrels", 8.33, "bbl")) == []


def test_passive_supplier_after_by() -> None:
    text = "North Korea will receive 1 million barrels of oil supplied by China this year."
    claim = one(text, ("1 million barrels", 1e6, "bbl"))
    assert flow(claim) == ("CHN", "PRK", False) and claim.modality == "planned"


def test_coordinated_subjects_trade_with_each_other() -> None:
    text = "Russia and North Korea agreed to raise bilateral trade to $1 billion."
    claim = one(text, ("$1 billion", 1e9, "USD"))
    assert flow(claim) == ("RUS", "PRK", True) and claim.modality == "planned"


def test_the_two_countries_are_the_last_two_named() -> None:
    text = ("Russia's trade with North Korea fell last year. In 2019, trade between the two "
            "countries rose 40.6 percent.")
    claim = one(text, ("40.6 percent", 40.6, "percent"))
    assert flow(claim) == ("RUS", "PRK", True) and claim.year == 2019


def test_a_later_clause_about_the_future_does_not_make_a_past_figure_planned() -> None:
    text = "Exports of coal to China rose 5 percent last year, and analysts say they will rise."
    assert one(text, ("5 percent", 5, "percent")).modality == "reported"
