"""Rules of the fortieth session (which quantities are claims), each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties


def test_goods_piped_or_carried_by_a_pipeline_are_a_flow() -> None:
    """`Norway piped 4.1 bcm of gas to Poland`, `the pipeline carried 7.2 billion cubic metres to
    Hungary`: a verb of piping, or of carrying or flowing beside a pipeline, is trade evidence
    (gas, the goods most often piped, has no key)."""
    found = extracted("Norway piped 4.1 billion cubic metres of gas to Poland in 2023, the grid "
                      "operator said.", date(2024, 2, 1))
    claim = found["4.1 billion cubic metres"]
    assert (claim.kind, parties(claim)) == ("level", ("NOR", "POL", False))
    found = extracted("Since it opened in 2019, the pipeline has carried 7.2 billion cubic "
                      "metres to Hungary.", date(2024, 2, 1))
    assert found["7.2 billion cubic metres"].importer == "HUN"
    found = extracted("Azerbaijani gas flowing to Greece through the southern pipeline reached "
                      "3.4 billion cubic metres last year.", date(2024, 2, 1))
    assert parties(found["3.4 billion cubic metres"]) == ("AZE", "GRC", False)


def test_carrying_with_no_pipeline_is_no_flow() -> None:
    """Carrying and flowing with no pipe in the sentence stay no trade evidence."""
    found = extracted("The new ferry carried 2.1 million passengers and 4.5 million tonnes last "
                      "year.", date(2024, 2, 1))
    assert "4.5 million tonnes" not in found


def test_what_goods_earn_their_seller_is_a_flow() -> None:
    """`Uganda earned $3.1 million from vanilla`, `Cloves earned Comoros $8 million`, `Rwandan
    tea earnings rose 12 percent`: earnings of goods (with a key or not) are their exports."""
    found = extracted("Uganda earned $3.1 million from vanilla in March, the central bank said.",
                      date(2024, 5, 1))
    claim = found["$3.1 million"]
    assert (claim.kind, claim.exporter, claim.importer) == ("level", "UGA", None)
    found = extracted("Uganda earned $5.6 million from the sale of 412,000 kg of coffee in "
                      "April.", date(2024, 5, 20))
    assert found["$5.6 million"].exporter == "UGA"
    found = extracted("Cloves earned Comoros $8 million in 2023.", date(2024, 5, 1))
    assert found["$8 million"].exporter == "COM"
    found = extracted("Rwandan tea earnings rose 12 percent to $104 million in 2023.",
                      date(2024, 5, 1))
    assert (found["12 percent"].kind, found["12 percent"].direction) == ("change", "up")


def test_earnings_of_no_goods_are_no_flow() -> None:
    """Earnings from royalties or of a fund name no goods: no claim."""
    found = extracted("The sovereign fund earned $3 billion from royalties and interest last "
                      "year.", date(2024, 5, 1))
    assert found == {}


def test_a_figure_set_off_after_a_non_trade_noun_measures_that_noun() -> None:
    """`oil reserves, estimated at some 300 billion barrels`, `chromite reserves, at 200 million
    tonnes`: a figure with only `estimated at` or `at` of its own after the comma measures the
    noun before it (reserves), no flow; after a flow noun it is still the flow's."""
    found = extracted("Libya exported 900,000 bpd of crude last year. The country holds large "
                      "oil reserves, estimated at some 48 billion barrels.", date(2024, 3, 1))
    assert set(found) == {"900,000 bpd"}
    found = extracted("Zimbabwe exported 1 million tonnes of chrome. It ranks high for chromite "
                      "reserves, at 200 million tonnes.", date(2024, 3, 1))
    assert set(found) == {"1 million tonnes"}
    found = extracted("Iraq's crude exports, estimated at 3.3 million bpd, fell in May.",
                      date(2024, 6, 10))
    assert found["3.3 million bpd"].exporter == "IRQ"


def test_domestic_use_is_no_flow() -> None:
    """`domestic use reached`, `Mexico's own gas use grew to`: what a country uses at home is
    consumption, no trade claim, beside a flow in the same sentence."""
    found = extracted("Vietnam imported 12 million tonnes of steel in 2023, while domestic use "
                      "reached 21 million tonnes.", date(2024, 3, 1))
    assert set(found) == {"12 million tonnes"}
    found = extracted("Pipeline exports to Mexico rose to 7 Bcf/d in 2023, while Mexico's own "
                      "gas use grew to 8.6 Bcf/d.", date(2024, 3, 1))
    assert "8.6 Bcf/d" not in found


def test_extracted_and_yielded_are_production() -> None:
    """`Turkmenistan extracted 40 billion cubic metres of gas`, `the fields yielded`: the
    producer's output, as `mined` and `pumped` are."""
    found = extracted("Turkmenistan extracted 40 billion cubic metres of natural gas in 2023, "
                      "4 percent less than a year earlier.", date(2024, 3, 1))
    claim = found["40 billion cubic metres"]
    assert (claim.kind, parties(claim)) == ("level", ("TKM", None, False))
    assert found["4 percent"].direction == "down"
    found = extracted("Egypt's offshore fields yielded 2.1 billion cubic metres of gas in "
                      "March.", date(2024, 5, 1))
    assert found["2.1 billion cubic metres"].exporter == "EGY"
