"""A run-on sentence past the reading limits is read in pieces, so no input makes the extractor
weigh thousands of figures against each other (its cost grew with the cube of a sentence's
figures: 600 percentages in one sentence took over a minute)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.extract.sentences import (
    MAX_SENTENCE_FIGURES,
    MAX_SENTENCE_WORDS,
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


def test_a_long_run_of_words_with_no_break_is_cut_at_spaces() -> None:
    text = "Exports " + " and ".join(f"went up again to port {i}" for i in range(400))
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text.split()) <= MAX_SENTENCE_WORDS and not s.text[0].isspace()
               and not s.text[-1].isspace() for s in sentences)
    assert all(s.end <= t.start for s, t in zip(sentences, sentences[1:], strict=False))


def test_a_short_run_of_spaces_is_no_break() -> None:
    text = "Exports could fall to 1.1 million tons, the agency estimates" + " " * 150 + "."
    assert len(split_sentences(text)) == 1


def test_a_long_run_of_blanks_ends_a_piece_and_the_words_before_it_keep_their_reading() -> None:
    text = "Exports could fall to 1.1 million tons in 2024, the agency estimates" + \
        " " * 50000 + "."
    assert [s.text for s in split_sentences(text)] == [text[:text.index("  ")], "."]
    (claim,) = extract_claims(Document.from_text(text, published=date(2024, 2, 1)))
    assert claim.modality == "estimated"
