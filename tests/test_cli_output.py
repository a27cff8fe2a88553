"""Numbers in CLI output: in full for machines (CSV), readable for people (table)."""

from __future__ import annotations

import io

from tradetrace.cli.output import write_records


def test_csv_numbers_are_written_in_full() -> None:
    out = io.StringIO()
    write_records([{"value": 1.1e7, "share": 58.46, "tiny": 0.0001, "none": None,
                    "codes": ("RUS", "PRK")}], "csv", out=out)
    assert out.getvalue().splitlines() == ["value,share,tiny,none,codes",
                                           "11000000,58.46,0.0001,,RUS;PRK"]


def test_table_numbers_have_separators_and_few_decimals() -> None:
    out = io.StringIO()
    write_records([{"value": 36890000.0, "rate": 7.333333}], "table", out=out)
    text = out.getvalue()
    assert "36,890,000" in text and "7.3333" in text and "e+07" not in text
