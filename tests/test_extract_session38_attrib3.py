"""Attribution and modality rules of the thirty-eighth session's third round (2026-12-05), each
pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, in_body

WHEN = date(2024, 6, 12)


def _source(text: str, surface: str) -> str | None:
    return in_body(text, WHEN)[surface].attribution


def test_an_office_with_more_words_around_it_describes_the_name_before_it() -> None:
    """`X, co-founder of ...`, `X, planning and development director at ...`, `X, KPC's
    Managing Director of ...`, `X, economic adviser at ...`, `X, managing partner of ...`,
    `X, undersecretary at ...`, `X, charge d'affaires at ...`: the name with its office."""
    cases = {
        "Jan Novak, co-founder of the Green Rice cooperative":
            "Exports of rice to China rose to 120,000 tonnes in March, {}, told reporters.",
        "Jan Novak, planning and development director at the National Rice Company":
            "Exports of rice to China rose to 120,000 tonnes in March, {}, told reporters.",
        "Jan Novak, KPC's Managing Director of International Marketing":
            "Exports of rice to China rose to 120,000 tonnes in March, {}, told Reuters.",
        "Jan Novak, economic adviser at the Polish embassy in Hanoi":
            "Exports of rice to China rose to 120,000 tonnes in March, {}, told reporters.",
        "Jan Novak, managing partner of Rice Brokers":
            "Exports of rice to China rose to 120,000 tonnes in March, {}, told a webinar.",
        "Jan Novak, undersecretary at the Ministry of Agriculture":
            "Exports of rice to China rose to 120,000 tonnes in March, {}, said.",
        "Jan Novak, charge d'affaires at the Polish embassy in Hanoi":
            "Exports of rice to China rose to 120,000 tonnes in March, almost 35% less than a "
            "year earlier, as sanctions bit, {}, said on Monday.",
    }
    for source, text in cases.items():
        assert _source(text.format(source), "120,000 tonnes") == source, source


def test_an_office_listing_its_fields_is_one_apposition() -> None:
    """`X, the agriculture, forestry and fisheries minister, said`, `X, Minister of Agriculture,
    Forestry and Fisheries, said`: the commas of the list do not cut the office off its name;
    a capitalised title after a figure's comma is no list (`..., Trade and Industry Minister X
    said`)."""
    for source in ("Jan Novak, the agriculture, forestry and fisheries minister",
                   "Jan Novak, Minister of Agriculture, Forestry and Fisheries"):
        text = (f"Exports of rice to China rose to 120,000 tonnes in March, 5% less than a year "
                f"earlier, {source}, said.")
        assert _source(text, "120,000 tonnes") == source
        assert _source(text, "5%") == source
    text = ("Kenya buys 95 percent of its rice abroad, so shifts such as costlier energy, higher "
            "freight and export bans are feeding into prices, Trade and Industry Minister Jan "
            "Novak said.")
    assert _source(text, "95 percent") == "Trade and Industry Minister Jan Novak"


def test_a_long_name_with_its_initials_or_particles_follows_its_description() -> None:
    """`the regulator, Poland's Rice and Grain Trade Regulatory Authority (PRGTRA), said`,
    `Poland's ambassador in Hanoi, Jan de Novak Lima, said`: the description with the name;
    examples listed before the verb (`including A, B and C, said X`) describe no name."""
    cases = {
        "the regulator, Poland's Rice and Grain Trade Regulatory Authority (PRGTRA)":
            "Exports of rice to China rose to 120,000 tonnes in March, {}, said.",
        "Poland's ambassador in Hanoi, Jan de Novak Lima":
            "Exports of rice to China rose to 120,000 tonnes in March, {}, said.",
    }
    for source, text in cases.items():
        assert _source(text.format(source), "120,000 tonnes") == source, source
    text = ("China has granted import licences for 20,000 tonnes to five dairy firms, including "
            "Alpha, Beta Gamma Milk and Delta Epsilon Milk Trading Group Holdings Company, said "
            "Jan Novak.")
    assert _source(text, "20,000 tonnes") == "Jan Novak"


def test_a_dateline_gives_way_to_the_source_closing_its_sentence() -> None:
    """`MULTAN: Roughly 500 tons ..., X, president of ..., has told the Federal Board of
    Revenue.`: the place the story is filed from is no label when a source closes the sentence
    (`has` before the verb, an addressee with `of` in its name); a label with no such source
    stays (`KOTRA: ...; GACC: ...`)."""
    text = ("MULTAN: Roughly 500 metric tons a day of rice are being smuggled into Pakistan from "
            "Iran, Jan Novak, president of the Rice Association of Pakistan, has told the Federal "
            "Board of Revenue.")
    assert _source(text, "500 metric tons a day") == \
        "Jan Novak, president of the Rice Association of Pakistan"
    text = "MUAR: Malaysia exported 400,000 tonnes of rice to China in 2023, the agency said."
    assert _source(text, "400,000 tonnes") == "the agency"
    claims = extracted("Trade figures\nKOTRA: trade with China came to US$6.86 bln in 2019; "
                       "GACC: US$6.39 bln.", WHEN)
    assert claims["US$6.86 bln"].attribution == "KOTRA"
    assert claims["US$6.39 bln"].attribution == "GACC"


def test_a_hedged_modal_before_any_verb_is_an_outlook_of_its_figures() -> None:
    """`could earn`, `should harvest`, `could almost triple to`, `may hit`: a lower-case modal of
    what may come to pass before a verb the lexicon does not list makes the figures of its
    predicate a forecast; not the base after `against`, not `could not`, not the month `May`,
    and `should` reaches no further than its predicate (`, and sales to Uganda rose to` is
    another one)."""
    claims = extracted("Trade\nKenya's avocado sales abroad could earn US$1 billion this year.",
                       WHEN)
    assert claims["US$1 billion"].modality == "forecast"
    claims = extracted("Trade\nKenyan farms should harvest around 200,000 tonnes of rice for "
                       "export in 2025, against 160,000 tonnes in 2024.", WHEN)
    assert claims["200,000 tonnes"].modality == "forecast"
    assert claims["160,000 tonnes"].modality == "reported"
    claims = extracted("Trade\nKenya's tea exports to Egypt could almost triple to at least 10 "
                       "million kg in the coming years.", WHEN)
    assert claims["10 million kg"].modality == "forecast"
    claims = extracted("Trade\nKenya's tea exports to Egypt may hit 12 million kg this year.",
                       WHEN)
    assert claims["12 million kg"].modality == "forecast"
    claims = extracted("Trade\nKenya could not ship 10,000 tonnes of tea to Egypt last year.",
                       WHEN)
    assert claims["10,000 tonnes"].modality == "reported"
    claims = extracted("Trade\nKenya's tea exports to Egypt rose 5% in May to 10 million kg.",
                       WHEN)
    assert claims["10 million kg"].modality == "reported"
    claims = extracted("Trade\nKenyan farms should harvest 200,000 tonnes of tea this year, and "
                       "sales to Uganda rose to 50,000 tonnes in May.", WHEN)
    assert claims["200,000 tonnes"].modality == "forecast"
    assert claims["50,000 tonnes"].modality == "reported"


def test_a_hedged_restatement_after_a_comma_stays_in_the_modal_predicate() -> None:
    """`could fetch almost ISK 20 billion, roughly 128 million euros`: the figure after the
    comma and a hedge restates the one before it, governed by the same modal."""
    claims = extracted("Trade\nIceland's capelin sales to Norway could fetch almost ISK 20 "
                       "billion, roughly 128 million euros.", WHEN)
    assert claims["128 million euros"].modality == "forecast"
