"""A run-on sentence past the reading limits is read in pieces, so no input makes the extractor
weigh thousands of figures against each other (its cost grew with the cube of a sentence's
figures: 600 percentages in one sentence took over a minute)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.extract.sentences import (
    MAX_SENTENCE_CHARS,
    MAX_SENTENCE_FIGURES,
    split_sentences,
)
from tradetrace.model import Document


def _figures_list(n: int) -> str:
    return "China imported " + ", ".join(f"{i + 1},000 tonnes of coal" for i in range(n)) + \
        " in 2023."


def test_a_news_sentence_is_one_sentence() -> None:
    text = ("Russia shipped 1.2 million tonnes of wheat, 300,000 tonnes of barley and "
            "45,000 tonnes of corn to Egypt in 2023, up 12%, 8% and 3% on the year.")
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_list_of_hundreds_of_figures_is_read_in_pieces_at_commas() -> None:
    text = _figures_list(200)
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(s.text.count("tonnes") <= MAX_SENTENCE_FIGURES for s in sentences)
    # each piece but the last ends at a clause break, and the pieces cover the text in order
    assert all(s.text.endswith(",") for s in sentences[:-1])
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert "".join(text[s.start:s.end] for s in sentences).replace(" ", "") == \
        text.replace(" ", "")


def test_every_figure_of_a_run_on_list_is_still_read() -> None:
    claims = extract_claims(Document.from_text(_figures_list(200),
                                               published=date(2024, 2, 1)))
    assert sorted(c.value for c in claims) == [float((i + 1) * 1000) for i in range(200)]
    assert {c.commodity for c in claims} == {"coal"}


def test_a_long_run_with_no_break_is_cut_at_spaces() -> None:
    text = "Exports " + " and ".join(f"rose {i}% to {i + 5} tonnes" for i in range(600))
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS and not s.text[0].isspace()
               and not s.text[-1].isspace() for s in sentences)
    assert all(s.end <= t.start for s, t in zip(sentences, sentences[1:], strict=False))


def test_one_giant_word_is_cut_at_the_character_limit() -> None:
    text = "x" * (MAX_SENTENCE_CHARS * 2 + 10)
    assert [len(s.text) for s in split_sentences(text)] == [MAX_SENTENCE_CHARS,
                                                            MAX_SENTENCE_CHARS, 10]
