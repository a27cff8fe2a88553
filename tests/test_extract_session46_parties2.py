"""Session 46 (parties, the figure whose sentence names no country): each test pins one rule
of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_country_the_first_sentence_names_is_home_to_a_later_bare_flow() -> None:
    """The article's country named in its first sentence, though not as the sentence's
    subject, is home to a bare flow after it."""
    found = _claims("Peruvian avocado growers are leaning on new buyers as prices soften. Avocado "
                    "exports reached 410,000 tonnes in January-October, and Peru's farm ministry "
                    "expects a record year.")
    assert (found["410,000 tonnes"].exporter, found["410,000 tonnes"].importer) == ("PER", None)


def test_a_bare_flow_after_the_countrys_own_totals_is_the_countrys() -> None:
    """A paragraph that has told only the article's country's own totals, one each way, leaves
    a bare flow after them that country's own."""
    found = _claims("Uruguay's export receipts fell 3.1 percent in March to $1.4 billion, while "
                    "the import bill rose 5.0 percent to $1.2 billion. Traditional exports, "
                    "chiefly beef, gained 2.3 percent to $610 million, but other exports dropped "
                    "5 percent.")
    assert (found["2.3 percent"].exporter, found["2.3 percent"].importer) == ("URY", None)
