"""Rules of the twenty-third session of 2026-12-03, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties, period

JULY_2025 = date(2025, 7, 10)


def test_a_country_in_a_later_clause_leaves_the_paragraphs_flow_to_the_figure_before_it() -> None:
    """`Africa took 90,000 bpd, or a quarter of the total; shipments to India averaged ...`: the
    first clause names no country, so its figure goes on with the paragraph's flow (Nigeria's
    exports); India belongs to the clause after it."""
    text = ("Nigeria's crude exports averaged 1.4 million bpd in June. Africa took 90,000 bpd, "
            "or a quarter of the total; shipments to India averaged 310,000 bpd.")
    found = extracted(text, JULY_2025)
    assert parties(found["90,000 bpd"]) == ("NGA", None, False)
    assert parties(found["310,000 bpd"]) == ("NGA", "IND", False)
    # (a country in the figure's own clause is still its own)
    found = extracted("Nigeria's crude exports averaged 1.4 million bpd in June. Ghana took "
                      "90,000 bpd; shipments to India averaged 310,000 bpd.", JULY_2025)
    assert parties(found["90,000 bpd"]) == ("NGA", "GHA", False)


def test_a_region_after_and_is_no_counter_flow() -> None:
    """`Shipments to India averaged 310,000 bpd, and Europe received 120,000 bpd`: a region as
    the subject of a receiving verb is a side with no code, not the buyer turning seller (the
    flow does not reverse into India -> Nigeria); a country there still takes its own side."""
    text = ("Nigeria's crude exports averaged 1.4 million bpd in June. Shipments to India "
            "averaged 310,000 bpd, and Europe received 120,000 bpd.")
    found = extracted(text, JULY_2025)
    assert parties(found["120,000 bpd"]) == ("NGA", None, False)
    text = ("Nigeria's crude exports averaged 1.4 million bpd in June. Shipments to India "
            "averaged 310,000 bpd, and Spain received 120,000 bpd.")
    assert parties(extracted(text, JULY_2025)["120,000 bpd"]) == ("NGA", "ESP", False)


def test_a_project_that_did_something_is_works_not_a_projection() -> None:
    """`Crude exports from the country's first oil project rose to 100,000 b/d in August`: a
    project followed by its verb is a noun, so the figure stays reported (and August, before
    the September publication, the past one); `The ministry projects exports ...` is still a
    forecast."""
    published = date(2024, 9, 13)
    found = extracted("Crude exports from Senegal's first oil project rose to 100,000 b/d in "
                      "August, three months after start-up.", published)
    claim = found["100,000 b/d"]
    assert (claim.modality, claim.period_start) == ("reported", "2024-08-01")
    found = extracted("The ministry projects exports to reach 100,000 b/d in August.", published)
    assert found["100,000 b/d"].modality == "forecast"


def test_a_span_named_by_its_length_is_the_last_span_of_that_length_in_force() -> None:
    """`Chile's copper exports reached $9 billion in January-October. October alone brought in
    $1.2 billion. Cathode sales rose to $4.1 billion over the ten months.`: `the ten months` are
    January-October, not the October in force; `over the half-year` and `over the quarter`
    likewise."""
    found = extracted("Chile's copper exports reached $9 billion in January-October. October "
                      "alone brought in $1.2 billion. Cathode sales rose to $4.1 billion over "
                      "the ten months.", date(2025, 11, 20))
    assert period(found["$4.1 billion"]) == ("2025-01-01", "2025-10-31")
    found = extracted("Japan's car exports to Chile reached $2 billion in January-June. June "
                      "alone brought in $300 million. Trucks made up $500 million over the "
                      "half-year.",
                      date(2025, 7, 20))
    assert period(found["$500 million"]) == ("2025-01-01", "2025-06-30")
    found = extracted("Peru's coal imports fell 3% in the first quarter. March volumes were 1.8 "
                      "million tonnes. Colombia supplied 1 million tonnes over the quarter.",
                      date(2025, 4, 20))
    assert period(found["1 million tonnes"]) == ("2025-01-01", "2025-03-31")
    # (with no span of that length in force, the period in force)
    found = extracted("Peru's coal imports reached 1.8 million tonnes in March. Colombia "
                      "supplied 1 million tonnes over the nine months.", date(2025, 4, 20))
    assert period(found["1 million tonnes"]) == ("2025-03-01", "2025-03-31")


def test_chipmaking_tools_are_machinery_and_chips_have_no_key() -> None:
    """`lithography systems`, `chipmaking equipment`: machinery; `integrated circuits` and
    `chips` are goods the taxonomy has no key for (unknown, not all trade)."""
    published = date(2024, 3, 1)
    found = extracted("Japan shipped lithography systems worth $560 million to Vietnam in "
                      "January.", published)
    assert found["$560 million"].commodity == "machinery"
    found = extracted("Vietnam's imports of chipmaking equipment rose 40% to $1.3 billion in "
                      "January.", published)
    assert found["$1.3 billion"].commodity == "machinery"
    found = extracted("Imports of integrated circuits into Vietnam dropped 31% to $4.8 billion "
                      "in January.", published)
    assert found["$4.8 billion"].commodity is None
    found = extracted("Vietnam's chips exports to Japan rose 12% to $900 million in January.",
                      published)
    assert found["$900 million"].commodity is None


def _units(text: str) -> dict[str, str]:
    from tradetrace.extract.quantities import extract_quantities

    return {q.surface: q.unit for q in extract_quantities(text)}


def test_taka_and_rupee_signs_take_the_storys_country() -> None:
    """`Tk 11,479 crore` is Bangladesh's taka; `Rs` is the rupee of the country the story names
    first (a Kathmandu dateline: Nepal's), India's when it names none or names India first."""
    assert _units("Dhaka spent Tk 11,479 crore and Tk1,137 crore on fuel.") == {
        "Tk 11,479 crore": "BDT", "Tk1,137 crore": "BDT"}
    assert _units("KATHMANDU: Nepal imported Indian diesel worth Rs 32.35 billion.") == {
        "Rs 32.35 billion": "NPR"}
    assert _units("ISLAMABAD: Pakistan lost Rs450 million on imports from India.") == {
        "Rs450 million": "PKR"}
    assert _units("Tea sold abroad by Sri Lanka brought in Rs. 411 billion.") == {
        "Rs. 411 billion": "LKR"}
    assert _units("India's exports to Nepal fell to Rs 2,000 crore.") == {"Rs 2,000 crore": "INR"}
    assert _units("Exports reached Rs 50 billion.") == {"Rs 50 billion": "INR"}


def test_gas_prices_per_million_british_thermal_units() -> None:
    """`$4.11 per million Btu`, `$2/mn BTU`, `$9.99 per mmBtu`: all USD/MMBtu (a code of the
    project's own unit definitions, a million British thermal units)."""
    units = _units("Prices were $4.11 per million Btu, $2.20 per million British thermal units, "
                   "$2/mn BTU and $9.99 per mmBtu.")
    assert set(units.values()) == {"USD/MMBtu"}
    assert len(units) == 4
    from tradetrace.normalize.units import convert

    assert convert(1.0, "MMBtu", "british_thermal_unit") == 1e6


def test_months_of_a_named_split_fiscal_year() -> None:
    """`July-March of fiscal 2023-24` are those months of the split year (July 2023 to March
    2024), not the whole fiscal year the text says runs from July; `of FY2023-24` and `of the
    financial year 2023-24` too."""
    published = date(2024, 4, 20)
    for written in ("fiscal 2023-24", "FY2023-24", "the financial year 2023-24"):
        found = extracted("Kenya's tea exports fell 4 percent to $1.1 billion in July-March "
                          f"of {written}, the export board said. Kenya's fiscal year runs from "
                          "July to June.", published)
        assert period(found["$1.1 billion"]) == ("2023-07-01", "2024-03-31"), written
        assert period(found["4 percent"]) == ("2023-07-01", "2024-03-31"), written


def test_a_state_oil_companys_name_is_no_goods_and_cleared_purchases_are_plans() -> None:
    """`Ceylon Petroleum Corporation has finalised imports of ...`: `Petroleum` in a company's
    name is no goods (the country opening the name is the buyer, not an origin of petroleum);
    purchases cleared, finalised or being arranged are plans; `furnace oil` is fuel oil."""
    published = date(2025, 1, 14)
    found = extracted("Ceylon Petroleum Corporation has finalised imports of 90,000 tonnes of "
                      "diesel for February, and a further 40,000 tonnes is being arranged.",
                      published)
    assert [(c.commodity, c.modality) for c in found.values()] == [("diesel", "planned")] * 2
    found = extracted("Sri Lanka has cleared the purchase of 250,000 tonnes of furnace "
                      "oil for January to June.", published)
    claim = found["250,000 tonnes"]
    assert (claim.commodity, claim.modality, claim.importer) == ("fuel_oil", "planned", "LKA")
    found = extracted("Sri Lanka imported 250,000 tonnes of furnace oil in December.", published)
    assert found["250,000 tonnes"].modality == "reported"


def test_a_demonym_before_goods_with_no_key_is_their_origin() -> None:
    """`Egypt bought 3.2 times as much Russian sawn timber`: the demonym before goods the
    taxonomy has no key for is their origin, as before keyed goods (`Russian coal`); not before
    another thing (`Russian gold miners`)."""
    published = date(2023, 5, 9)
    found = extracted("Egypt bought 3.2 times as much Russian sawn timber in the first quarter "
                      "as a year before, taking 58,100 cubic metres.", published)
    assert parties(found["3.2 times"]) == ("RUS", "EGY", False)
    assert parties(found["58,100 cubic metres"]) == ("RUS", "EGY", False)
    found = extracted("Egypt bought 1.2 million tonnes as Russian gold miners expanded in the "
                      "first quarter.", published)
    assert parties(found["1.2 million tonnes"]) == (None, "EGY", False)


def test_a_change_beside_a_level_in_cubic_metres_has_the_levels_open_goods() -> None:
    """`shipments there fell 11.1% to 2.6 million cubic meters`: a flow counted in cubic metres
    is of goods with no key (no total of all goods is counted so), and so is its change; a
    change beside tonnes keeps all trade."""
    published = date(2024, 4, 25)
    found = extracted("China stayed the main market, but shipments there fell 11.1% on the year "
                      "to 2.6 million cubic meters in the first quarter.", published)
    assert found["11.1%"].commodity is None
    assert found["2.6 million cubic meters"].commodity is None
    found = extracted("China stayed the main market, but shipments there fell 11.1% on the year "
                      "to 2.6 million tonnes in the first quarter.", published)
    assert found["11.1%"].commodity == "trade"


def test_gas_volumes_in_capitalised_bcm_and_standard_cubic_feet_and_egyptian_pounds() -> None:
    """`5.81 BCM`, `71 Bcm`, `150m scfd` (150 million standard cubic feet a day), `200 MMscfd`,
    `LE 7 billion` (Egyptian pounds) and `JD35.6 million` (Jordanian dinars)."""
    from tradetrace.extract.quantities import extract_quantities

    found = {q.surface: (q.value, q.unit) for q in extract_quantities(
        "Exports were 5.81 BCM and 71 Bcm; flows of 150m scfd and 200 MMscfd cost LE 7 billion "
        "and JD35.6 million.")}
    assert found == {"5.81 BCM": (5.81e9, "cubic_meter"), "71 Bcm": (71e9, "cubic_meter"),
                     "150m scfd": (150e6, "cubic_foot/day"),
                     "200 MMscfd": (200e6, "cubic_foot/day"), "LE 7 billion": (7e9, "EGP"),
                     "JD35.6 million": (35.6e6, "JOD")}


def test_a_respective_list_between_the_figures_and_respectively() -> None:
    """`Norway supplied 6.3 million tonnes and 2.7 million tonnes to Poland and Latvia,
    respectively`: the list after the figures gives each its country (and goods likewise)."""
    published = date(2024, 2, 26)
    found = extracted("Norway supplied 6.3 million tonnes and 2.7 million tonnes to Poland and "
                      "Latvia, respectively, last year.", published)
    assert parties(found["6.3 million tonnes"]) == ("NOR", "POL", False)
    assert parties(found["2.7 million tonnes"]) == ("NOR", "LVA", False)
    found = extracted("Norway shipped 6.3 million tonnes and 2.7 million tonnes of coal and "
                      "wheat to Poland, respectively, last year.", published)
    assert [found["6.3 million tonnes"].commodity, found["2.7 million tonnes"].commodity] == [
        "coal", "wheat"]


def test_a_base_after_by_value_or_volume_and_on() -> None:
    """`up 47.4% by volume and 36.7% by value on January-June 2018`: what follows `by value on`
    is the base the changes are measured against, not their period (the first half named
    before is)."""
    found = extracted("In the first six months of the year Peru's fish exports were up 47.4% "
                      "by volume and 36.7% by value on January-June 2018.", date(2019, 8, 16))
    assert period(found["47.4%"]) == ("2019-01-01", "2019-06-30")
    assert period(found["36.7%"]) == ("2019-01-01", "2019-06-30")


def test_an_amount_a_flow_was_lifted_or_cut_by_is_a_change() -> None:
    """`Indian refiners lifted their purchases by 272,000 barrels per day`: the amount after a
    raising or cutting verb and `by` is a change up (or down), not a level; `cut its imports to`
    is still the level reached."""
    published = date(2023, 6, 16)
    found = extracted("Indian refiners lifted their purchases of Iraqi crude by 272,000 barrels "
                      "per day in May.", published)
    claim = found["272,000 barrels per day"]
    assert (claim.kind, claim.direction) == ("change", "up")
    found = extracted("Japan cut its LNG imports from Qatar by 3 million tonnes last year.",
                      published)
    claim = found["3 million tonnes"]
    assert (claim.kind, claim.direction) == ("change", "down")
    found = extracted("Japan cut its coal imports from Russia to 3 million tonnes last year.",
                      published)
    assert found["3 million tonnes"].kind == "level"


def test_the_reviews_limits_on_the_sessions_rules() -> None:
    """What a review on invented passages found the session's rules over-reaching on, fixed:
    a region taking its part before a country that takes another (`Europe received ..., and the
    rest went to India, which took 310,000 bpd`); a named project that did something; a span
    of that length named earlier in the same sentence; capitalised goods opening a name (`Wood
    Mackenzie`); goods with no key that are a cause (`on demand for chips`); a change across a
    contrast from a level in cubic metres; a capitals dateline before `Rs`; `finalised imports`
    and `approved imports` as adjectives; months of a split year that do not wrap."""
    published = date(2024, 8, 20)
    found = extracted("Nigeria's crude exports averaged 1.4 million bpd in June. Europe received "
                      "500,000 bpd, and the rest went mainly to India, which took 310,000 bpd.",
                      published)
    assert parties(found["310,000 bpd"]) == ("NGA", "IND", False)
    assert parties(found["500,000 bpd"]) == ("NGA", None, False)
    found = extracted("Crude exports from the Sangomar project rose to 100,000 b/d in July.",
                      published)
    assert found["100,000 b/d"].modality == "reported"
    found = extracted("Vietnam's rice exports reached 6.5 million tonnes in January-October 2023. "
                      "In January-October this year, exports rose to 7.5 million tonnes, and the "
                      "Philippines bought 3.6 million tonnes over the ten months.",
                      date(2024, 11, 20))
    assert period(found["3.6 million tonnes"]) == ("2024-01-01", "2024-10-31")
    found = extracted("Exports rose 8% to $2.1 billion in July, according to Wood Mackenzie.",
                      published)
    assert found["8%"].commodity == "trade"
    found = extracted("South Korea's exports to China rose 10% to $11 billion in July on strong "
                      "demand for chips.", published)
    assert found["10%"].commodity == "trade"
    found = extracted("Latvia's exports rose 5% to 1.2 billion euros in July, while timber "
                      "shipments fell to 400,000 cubic metres.", published)
    assert found["5%"].commodity == "trade"
    from tradetrace.extract.quantities import extract_quantities

    assert [q.unit for q in extract_quantities(
        "KARACHI: Imports from China rose to Rs 1.2 trillion in July.")] == ["PKR"]
    found = extracted("Egypt's finalised imports of wheat reached 1.1 million tonnes in June.",
                      published)
    assert found["1.1 million tonnes"].modality == "reported"
    found = extracted("India's crude imports rose 4% to 60 million tonnes in January-March of "
                      "FY2023-24, the oil ministry said. India's fiscal year runs from April to "
                      "March.", published)
    assert period(found["60 million tonnes"]) == ("2024-01-01", "2024-03-31")


def test_iso_codes_of_more_currencies_before_the_amount() -> None:
    """`MNT 8.7 trillion`, `PKR 450 million`, `VND 5,000 billion`: an ISO code written before
    the amount, as `USD 10 million` is."""
    from tradetrace.extract.quantities import extract_quantities

    found = {q.surface: q.unit for q in extract_quantities(
        "Revenue reached MNT 8.7 trillion and PKR 450 million; VND 5,000 billion went abroad.")}
    assert found == {"MNT 8.7 trillion": "MNT", "PKR 450 million": "PKR",
                     "VND 5,000 billion": "VND"}


def test_levels_after_respectively_are_read_with_the_changes_it_closes() -> None:
    """`Peru's exports and imports rose 3.9% and 25.5%, respectively, in 2024, to US$15.8
    billion and US$11.6 billion`: the run of levels right after `respectively` and `to` is
    read item by item too, and one country owning both flows sits on each flow's side."""
    found = extracted("Peru's exports and imports rose 3.9% and 25.5%, respectively, in 2024, "
                      "to US$15.8 billion and US$11.6 billion.", date(2025, 2, 20))
    assert parties(found["3.9%"]) == ("PER", None, False)
    assert parties(found["25.5%"]) == (None, "PER", False)
    assert parties(found["US$15.8 billion"]) == ("PER", None, False)
    assert parties(found["US$11.6 billion"]) == (None, "PER", False)


def test_towns_in_a_routes_name_are_no_parties() -> None:
    """`the Baku-Tbilisi-Ceyhan pipeline`, `the Atasu-Alashankou line`: towns and capitals in a
    route's hyphenated name name the route, not the flow's sides (Kazakh oil fed into it stays
    Kazakhstan's); countries so joined (`the Iran-Pakistan pipeline`) are still the sides."""
    found = extracted("KazTransOil put 3.4 million tons of Kazakh oil on tankers at Aktau last "
                      "year. Volumes on the route feeding the Baku-Tbilisi-Ceyhan pipeline rose "
                      "5.5 times to 1.392 million tons.", date(2024, 1, 15))
    assert parties(found["1.392 million tons"]) == ("KAZ", None, False)
    from tradetrace.extract.parties import find_countries

    text = "The Iran-Pakistan pipeline and the Atasu-Alashankou line"
    assert [m.code for m in find_countries(text, 0, len(text))] == ["IRN", "PAK"]


def test_a_partners_percentage_with_no_share_word_is_a_share() -> None:
    """`Indonesia was the biggest supplier with 42%`, `Slovakia supplied 59% ... and Moldova the
    remaining 41%`, `Poland 16%`: a partner's percentage of the paragraph's flow is a share even
    with no share word; a percentage after a change word stays a change."""
    published = date(2024, 7, 3)
    found = extracted("India imported 5 million tonnes of coal in June. Indonesia was the "
                      "biggest supplier with 42%, South Africa 16% and the US 8%.", published)
    assert [found[s].kind for s in ("42%", "16%", "8%")] == ["share"] * 3
    assert parties(found["16%"]) == ("ZAF", "IND", False)
    # (the role's partner takes the open side of the paragraph's one-sided flow, also with a
    # joint pair named after it in the sentence)
    found = extracted("India imported 5 million tonnes of coal in June. Indonesia was the "
                      "biggest supplier with 42%, Australia and Russia provided 17% each.",
                      published)
    assert parties(found["42%"]) == ("IDN", "IND", False)
    found = extracted("India bought 43,700 tonnes of rice abroad in June. Thailand supplied 59% "
                      "and Vietnam the remaining 41%.", published)
    assert [found["59%"].kind, found["41%"].kind] == ["share", "share"]
    found = extracted("India imported 5 million tonnes of coal in June. Indonesia's supplies rose "
                      "42%.", published)
    assert found["42%"].kind == "change"


def test_bare_sums_after_a_price_per_unit_are_prices_per_that_unit() -> None:
    """`Russian wheat sells at $214-215 a ton, while French wheat has risen to $237 from $234`:
    sums with no scale word after a price per unit in the same currency and sentence are
    priced per that unit; sums of money with a scale word, of goods (`$300 of fees`) or pricing
    a currency (`the dollar traded at 8,130 won`) are not."""
    from tradetrace.extract.quantities import extract_quantities

    def units(text: str) -> dict[str, str]:
        return {q.surface: q.unit for q in extract_quantities(text)}

    assert units("Russian wheat now sells at $214-215 a ton, while French wheat has risen to "
                 "$237 from $234.") == {"$214-215 a ton": "USD/t", "$237": "USD/t",
                                        "$234": "USD/t"}
    assert units("Oil sold at $80 a barrel. Exports rose to $5 billion, and the ministry paid "
                 "$300 of fees.") == {"$80 a barrel": "USD/bbl", "$5 billion": "USD",
                                      "$300": "USD"}
    assert units("Rice sold at 7,400 won per kilogram, while the dollar traded at 8,130 won.") == {
        "7,400 won per kilogram": "KRW/kilogram", "8,130 won": "KRW"}


def test_days_of_one_month_between_and() -> None:
    """`exported 2.825 million tons between July 1 and 20`: July 1-20, and `20` is the span's
    last day, not a quantity."""
    found = extracted("Russia exported 2.825 million tons of grain between July 1 and 20, "
                      "Interfax reported.", date(2024, 7, 23))
    assert period(found["2.825 million tons"]) == ("2024-07-01", "2024-07-20")
    assert list(found) == ["2.825 million tons"]
