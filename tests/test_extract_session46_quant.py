"""Session 46 (quantities): each test pins one rule of the session on invented text."""

from __future__ import annotations

from tradetrace.extract.quantities import extract_quantities


def _read(text: str) -> dict[str, tuple[float, str]]:
    return {text[q.start:q.end]: (q.value, q.unit) for q in extract_quantities(text)}


def test_gulf_and_maghreb_currency_prefixes_before_a_scaled_amount() -> None:
    found = _read("Manama reported exports of BD412 million, Muscat RO57.3mn and Tunis "
                  "TD2.1bn, while Tripoli booked LD9bn.")
    assert found["BD412 million"] == (412e6, "BHD")
    assert found["RO57.3mn"] == (57.3e6, "OMR")
    assert found["TD2.1bn"] == (2.1e9, "TND")
    assert found["LD9bn"] == (9e9, "LYD")
    found = _read("Tea earned Kes 48 billion and olive oil Eur215 million; rice fetched "
                  "Bt61 billion.")
    assert found["Kes 48 billion"] == (48e9, "KES")
    assert found["Eur215 million"] == (215e6, "EUR")
    assert found["Bt61 billion"] == (61e9, "THB")


def test_the_new_letter_prefixes_stay_names_before_a_bare_number() -> None:
    found = _read("The BD4 engine and the RO7 road were shown.")
    assert not any(unit in ("BHD", "OMR") for _, unit in found.values())


def test_board_feet_are_a_unit_of_their_own() -> None:
    found = _read("Mills shipped 2.3bn board feet of softwood, up from 1.9 billion board feet.")
    assert found["2.3bn board feet"] == (2.3e9, "board_foot")
    assert found["1.9 billion board feet"] == (1.9e9, "board_foot")


def test_dozen_after_a_scale_word_counts_dozens() -> None:
    found = _read("Farms sold 41.2 million dozen eggs, 9% more than a year before.")
    assert found["41.2 million dozen"] == (41.2e6, "dozen")
    assert "dozen eggs" not in found


def test_a_megatonne_code_after_a_scale_word_counts_tonnes() -> None:
    found = _read("The plant will grow to 6.4 million mt/yr, the port handled 5 million MMT "
                  "and the mine ships 2 bln mtpa.")
    assert found["6.4 million mt/yr"] == (6.4e6, "t/yr")
    assert found["5 million MMT"] == (5e6, "t")
    assert found["2 bln mtpa"] == (2e9, "t/yr")


def test_a_megatonne_code_alone_still_counts_millions_of_tonnes() -> None:
    found = _read("Exports reached 5 Mt and capacity 3.5 mtpa.")
    assert found["5 Mt"] == (5e6, "t")
    assert found["3.5 mtpa"] == (3.5e6, "t/yr")
