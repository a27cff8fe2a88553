"""Session 64 speed-ups: the remembered reads give each text its own answer, and the shortcuts
read the same claims as the scans they replace."""

from __future__ import annotations

from tradetrace.extract.claims import _Reader
from tradetrace.extract.commodity import _unkeyed_ranked
from tradetrace.extract.flows import _headline_end, _last_before
from tradetrace.extract.quantities import extract_quantities
from tradetrace.extract.roles import find_frame
from tradetrace.model import Document


def test_find_frame_remembers_each_text_apart() -> None:
    # the same sentence offsets in two documents: each its own trade word, asked in turn
    sold, bought = "Kenya exported 5 tonnes of tea.", "Kenya imported 5 tonnes of tea."
    for _ in range(2):
        sold_frame = find_frame(sold, 0, len(sold), 15)
        bought_frame = find_frame(bought, 0, len(bought), 15)
        assert sold_frame is not None and sold_frame.kind == "export"
        assert bought_frame is not None and bought_frame.kind == "import"
    # (nor is the quantity's offset left out of the key: the cue nearest it wins)
    both = "Kenya exported tea and imported 5 tonnes of rice."
    near_end, near_start = find_frame(both, 0, len(both), 32), find_frame(both, 0, len(both), 0)
    assert near_end is not None and near_end.kind == "import"
    assert near_start is not None and near_start.kind == "export"


def test_headline_end_remembers_each_text_apart() -> None:
    for _ in range(2):
        assert _headline_end("Tea exports rise\nKenya exported 5 tonnes.") == 16
        assert _headline_end("Coffee sales of Kenya rise\nKenya exported 5 tonnes.") == 26
        assert _headline_end("Kenya exported 5 tonnes of tea.\nMore.") == 0


def test_unkeyed_ranked_still_reads_goods_at_a_figure() -> None:
    for text, expected in (("sesame made up 32%, followed by sheep at 22%", True),
                           ("sesame made up 32%, followed by sheep at about 22%", True),
                           ("sesame made up 32%, followed by sheep with 22%", False)):
        assert _unkeyed_ranked(text, 0, text.rfind("22"), []) is expected


def test_last_before_is_the_tail_of_the_scan() -> None:
    text = ("Kenya exported 5 tonnes of tea to Egypt. Uganda exported 7 tonnes of coffee to "
            "Sudan. Kenya imported 3 tonnes of rice from India.")
    claims = _Reader(Document.from_text(text), extract_quantities(text)).run()
    assert len(claims) == 3
    for at in (0, claims[0].end, claims[1].end, claims[2].end, len(text)):
        for count in (1, 2, 3):
            assert _last_before(claims, at, count) == [
                c for c in claims if c.end <= at][-count:]


def test_paragraph_history_is_the_paragraphs_claims() -> None:
    text = ("Kenya exported 5 tonnes of tea to Egypt. Uganda exported 7 tonnes of coffee to "
            "Sudan.\n\nKenya imported 3 tonnes of rice from India. It also imported 2 tonnes of "
            "wheat from Russia.")
    reader = _Reader(Document.from_text(text), extract_quantities(text))
    reader.run()
    told = reader.paragraph_history()
    assert told == [c for c in reader.history if reader.in_paragraph(c)]
    assert len(told) == 2 and len(reader.history) == 4
