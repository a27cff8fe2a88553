"""Attribution rules of the forty-second session's twelfth attribution round (2026-12-05), each
pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _source(text: str, surface: str) -> str | None:
    return in_body(text, WHEN)[surface].attribution


def test_a_body_recording_or_publishing_figures_is_their_source() -> None:
    """A body headed by an agency noun, perhaps before its acronym or `of` and a name, that
    records, releases, publishes or issues figures speaks for them and for the paragraph's later
    sentences; a firm or a country recording its own flows does not."""
    cases = {
        "The Tanzania Revenue Authority (TRA) recorded cashew exports of 210,000 tonnes in "
        "2023. Sesame exports fell to 88,000 tonnes.":
            ("88,000 tonnes", "The Tanzania Revenue Authority (TRA)"),
        "The Reserve Bank of Malawi recorded tobacco export earnings of $310 million in 2023. "
        "Tea brought in $95 million.": ("$95 million", "The Reserve Bank of Malawi"),
        "The statistics office today released March trade data showing copper exports of "
        "61,000 tonnes. Cobalt exports reached 9,400 tonnes.":
            ("9,400 tonnes", "The statistics office"),
        "The Ministry of Fisheries published quota allocations covering 40,000 tonnes of tuna "
        "exports for 2025. Squid quotas total 12,000 tonnes.":
            ("12,000 tonnes", "The Ministry of Fisheries"),
    }
    for text, (surface, source) in cases.items():
        assert _source(text, surface) == source, text
    assert _source("Kestrel Mining Corp. recorded exports of 3 million tonnes of coal in 2023.",
                   "3 million tonnes") is None


def test_a_body_recording_nothing_or_told_by_a_speaker_is_no_source() -> None:
    """`The customs service has released no figures since 2022, but ...`: a body recording
    nothing gives no figure; `The ministry had issued permits for ..., she added`: the speaker
    after it tells the figure."""
    text = ("Kenya's tea board spokeswoman Grace Otieno spoke on Monday. The trade ministry had "
            "issued permits for 40,000 tonnes of sugar imports in 2023, she added.")
    assert _source(text, "40,000 tonnes") != "The trade ministry"
    text = ("The customs service has released no export statistics since 2022, but buyers' "
            "figures show 70,000 tonnes of cotton went to Vietnam in 2023.")
    assert _source(text, "70,000 tonnes") != "The customs service"
    text = ("The customs service recorded no maize imports from Zambia in May, against 12,000 "
            "tonnes a year earlier.")
    assert _source(text, "12,000 tonnes") == "The customs service"  # a zero recorded


def test_a_capitalised_title_before_reports_names_a_publication() -> None:
    """`Harbour Freight Weekly reports`, `Andes Daily reports`: a capitalised `Weekly` or `Daily`
    after another capitalised word ends a publication's name, so `reports` is its verb of saying,
    not a noun as after a lower-case `weekly`."""
    cases = {
        "Peru shipped 1.4 million tonnes of zinc concentrate to China in 2023, Andes Daily "
        "reports.": ("1.4 million tonnes", "Andes Daily"),
        "Chile's fishmeal exports to Norway climbed to 96,000 tonnes last year, Harbour Freight "
        "Weekly reports.": ("96,000 tonnes", "Harbour Freight Weekly"),
    }
    for text, (surface, source) in cases.items():
        assert _source(text, surface) == source, text


def test_an_outlook_gives_a_figure_in_dollars_of_other_countries() -> None:
    """`sees ... earnings of A$14 billion`: a figure in Australian, Canadian or other prefixed
    dollars after an outlook verb makes the body before it the figure's source."""
    text = ("The Pacific Resources Outlook now sees iron ore export earnings of A$96 billion in "
            "2024-25.")
    assert _source(text, "A$96 billion") == "The Pacific Resources Outlook"


def test_a_trade_word_in_a_title_or_an_unnamed_person_leaves_a_source() -> None:
    """`ship broker X`, `grower and exporter Ana Reyes`, `a person familiar with Chilean
    imports`: a trade word naming a broker's trade, a title before a name, or what an unnamed
    person knows, does not make the phrase a trade statement."""
    cases = {
        "Iraqi crude exports to Greece climbed to 210,000 barrels per day in May, ship broker "
        "Kelso Marine said.": ("210,000 barrels per day", "ship broker Kelso Marine"),
        "Fiji aims to ship 900 tonnes of ginger to Japan this year, grower and exporter Ana "
        "Reyes of Reyes Farms said.":
            ("900 tonnes", "grower and exporter Ana Reyes of Reyes Farms"),
        "Bolivian gas deliveries to Chile rose 30% in April, a person familiar with Chilean "
        "imports said.": ("30%", "a person familiar with Chilean imports"),
    }
    for text, (surface, source) in cases.items():
        assert _source(text, surface) == source, text


def test_an_outlook_closing_the_sentence_in_a_named_monitor() -> None:
    """`..., the council forecast in its May dairy market monitor.`: a monitor is a document an
    outlook is given in, and up to three words may name it."""
    text = ("Egypt will import 1.6 million tonnes of milk powder this year, 4% less than in 2023, "
            "the Dairy Council forecast in its May dairy market monitor.")
    assert _source(text, "1.6 million tonnes") == "the Dairy Council"
