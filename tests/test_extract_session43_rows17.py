"""Session 43 (rows17): rows of share lists, found as shares and given their sides."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def _kinds(text: str) -> dict[str, str | None]:
    claims = extract_claims(Document.from_text(text, published=date(2024, 5, 1)))
    return {c.surface: c.kind for c in claims}


def test_row_after_a_share_is_a_share() -> None:
    kinds = _kinds("Argentina was the largest supplier with 41% of Chile's wheat imports, "
                   "ahead of Canada's 22%.")
    assert kinds.get("41%") == "share"
    assert kinds.get("22%") == "share"


def test_rows_followed_by_partners_are_shares() -> None:
    kinds = _kinds("On the export side Italy led with 31.2% of Albania's exports, followed by "
                   "Spain at 9.4% and Greece at 6.1%.")
    assert kinds.get("9.4%") == "share"
    assert kinds.get("6.1%") == "share"


def test_row_against_an_earlier_share() -> None:
    kinds = _kinds("India bought 37 percent of Benin's cotton exports, against 12 percent "
                   "for Bangladesh.")
    assert kinds.get("12 percent") == "share"


def test_percent_compared_after_a_share_is_no_row() -> None:
    kinds = _kinds("Brazil took 40 percent of Chile's copper exports, while shipments to "
                   "Japan fell 12 percent.")
    assert kinds.get("12 percent") == "change"


def test_row_after_a_stake_is_no_share() -> None:
    kinds = _kinds("The pipeline carries 1.2 million barrels of crude a day to the coast. The "
                   "state firm holds 24% of the operator and a Dutch group 16%.")
    assert "16%" not in kinds


def _sides(text: str) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(Document.from_text(text, published=date(2024, 5, 1)))
    return {c.surface: (c.exporter, c.importer) for c in claims}


def test_bracketed_rows_take_the_owner_and_their_partner() -> None:
    sides = _sides("Italy bought 31.2% of Albania's exports in 2023, followed by Spain (9.4%) "
                   "and Greece (6.1%).")
    assert sides.get("9.4%") == ("ALB", "ESP")
    assert sides.get("6.1%") == ("ALB", "GRC")


def test_possessive_row_is_its_owner_the_partner() -> None:
    sides = _sides("Argentina shipped 41% of Chile's wheat imports in 2023, ahead of "
                   "Canada's 22%.")
    assert sides.get("22%") == ("CAN", "CHL")


def test_row_named_after_its_figure_by_for() -> None:
    sides = _sides("China bought 26 percent of Peru's exports in 2023, against 16 percent for "
                   "the United States.")
    assert sides.get("16 percent") == ("PER", "USA")


def test_stake_after_a_share_is_no_row() -> None:
    kinds = _kinds("Five Korean refiners still buy crude from the Zubair field, where BP holds "
                   "60% and Eni and Shell have 22% and 18% stakes, respectively.")
    assert "18%" not in kinds
