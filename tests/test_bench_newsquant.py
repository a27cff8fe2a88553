"""The NewsQuant scorer's representation mappings (bench/newsquant.py): each reads one of our
conventions in CQE's, and must touch nothing else. Sentences written for these tests; the
benchmark data is not needed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tradetrace.extract.quantities import extract_quantities


def _load() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "bench" / "newsquant.py"
    spec = importlib.util.spec_from_file_location("bench_newsquant", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


newsquant = _load()


@pytest.mark.parametrize("text", [
    "Bitcoin suffered a sharp 3 percent drop overnight.",
    "OPEC pledged a decrease of 400,000 barrels a day.",
    "The shares finished 34.4% higher at 3.23 shekels.",
])
def test_a_change_stated_by_a_noun_or_comparative_reads_as_no_change(text: str) -> None:
    ours = extract_quantities(text)[0]
    assert ours.change is not None  # the quantity layer keeps the direction for claims
    assert newsquant.read_noun_changes(text, [ours])[0].change is None


@pytest.mark.parametrize("text", [
    "Exports rose 5 percent in May.",
    "Sales grew by 3% last year.",
    "The index was down 2.1% at noon.",
    "Shares of the miner rose 3% higher on Monday.",
])
def test_a_change_stated_by_a_verb_or_adverb_is_kept(text: str) -> None:
    ours = extract_quantities(text)[0]
    assert newsquant.read_noun_changes(text, [ours])[0].change == ours.change is not None


@pytest.mark.parametrize("text, value, unit", [
    ("Antarctica loses about 127 gigatonnes of ice.", 127, "gigaton"),
    ("The plant emits 5 kt of carbon dioxide.", 5, "kiloton"),
])
def test_prefixed_tonnes_are_read_in_their_prefixed_unit(text: str, value: float,
                                                         unit: str) -> None:
    read = newsquant.read_prefixed_tonnes(extract_quantities(text))[0]
    assert (read.value, newsquant.normalized_unit(read)) == (value, unit)


def test_plain_tonnes_are_untouched() -> None:
    ours = extract_quantities("Russia shipped 67,300 tonnes of flour.")
    assert newsquant.read_prefixed_tonnes(ours) == ours
