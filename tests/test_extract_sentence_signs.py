"""A currency sign written with a full stop (`Rs.`, `Tk.`) before an amount, or a rank before a
name (`Maj.`), does not end the sentence: the amount keeps its goods, parties and period."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.extract import extract_claims
from tradetrace.extract.quantities import extract_quantities
from tradetrace.extract.sentences import split_sentences
from tradetrace.model import Document


@pytest.mark.parametrize("text", [
    "Nepal earned Rs. 4.2 billion from ginger sold to India in the first quarter.",
    "Exports of jute goods brought in Tk. 310 crore in March, officials said.",
])
def test_a_dotted_currency_sign_before_an_amount_is_no_sentence_end(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize("text", [
    "Prices here are quoted in Rs. Exports fell in May.",  # no amount follows
    "The duty is 5 USD. 30 firms paid it.",  # an ISO code is no abbreviation
])
def test_a_sign_with_no_amount_after_it_still_ends_the_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


def test_the_amount_keeps_its_goods_and_period() -> None:
    text = "Nepal earned Rs. 4.2 billion from ginger sold to India in the first quarter of 2023."
    (claim,) = extract_claims(Document.from_text(text, published=date(2023, 5, 2)))
    assert (claim.unit, claim.value) == ("NPR", 4.2e9)
    assert (claim.exporter, claim.importer) == ("NPL", "IND")
    assert (claim.period_start, claim.period_end) == ("2023-01-01", "2023-03-31")


@pytest.mark.parametrize("title", ["Maj.", "Brig.", "Adm.", "Capt.", "Sgt."])
def test_a_military_rank_before_a_name_is_no_sentence_end(title: str) -> None:
    text = f"A Navy spokesman, {title} Lena Ortiz, said 14 tankers were boarded in May."
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize(("text", "unit"), [
    ("Egypt bought tea worth Kshs. 22 billion.", "KES"),
    ("Egypt bought tea worth Kshs 22 billion.", "KES"),
    ("Egypt bought tea worth KSh. 22 billion.", "KES"),
    ("Uganda earned Shs. 4 billion from coffee.", "UGX"),  # the shilling of the country named
])
def test_the_kenyan_shilling_written_with_its_full_stop_is_read(text: str, unit: str) -> None:
    (quantity,) = extract_quantities(text)
    assert (quantity.value, quantity.unit) == (
        22e9 if unit == "KES" else 4e9, unit)
    assert len(split_sentences(text)) == 1
