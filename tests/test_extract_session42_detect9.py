"""Session 42 (detect9): which counted quantities are claims."""

from datetime import date

from claim_helpers import extracted


def _claims(text: str, published: date = date(2023, 3, 1)) -> dict[str, tuple[object, ...]]:
    return {surface: (c.value, c.unit, c.kind, c.exporter, c.importer)
            for surface, c in extracted(text, published).items()}


def test_partner_rows_of_counted_goods_in_a_ranking_are_claims() -> None:
    found = _claims("Lithuania shipped 48,000 used cars abroad last year, the statistics office "
                    "said. Belarus was the largest destination, taking 21,000 vehicles, followed "
                    "by Ukraine with 9,500 and Latvia with 4,200.")
    assert found["21,000 vehicles"][:3] == (21000.0, "vehicle", "level")
    assert found["9,500"][:3] == (9500.0, "vehicle", "level")
    assert found["9,500"][4] == "UKR"
    assert found["4,200"][4] == "LVA"


def test_ranked_count_after_a_flow_in_the_same_sentence() -> None:
    found = _claims("About 80,000 used cars were shipped from Germany to Poland in 2022, ahead "
                    "of the Czech Republic with 31,000.")
    assert found["31,000"][:3] == (31000.0, "car", "level")


def test_makers_ranked_by_output_are_no_flow() -> None:
    found = _claims("Hyundai built 1.7 million cars last year, followed by Kia with 900,000.")
    assert "900,000" not in found
