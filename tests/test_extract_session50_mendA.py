"""Review mends (mendA) of the fiftieth session's detect rules, each pinned by the review's
ordinary news sentences, which must come out as they did before the rule."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 5, 1)


def test_turnover_of_a_pair_or_of_trade_stays_a_claim() -> None:
    """A generic verb of takings (`had turnover`, `booked revenue`) is no trade word only where
    its sentence names no trade and no pair of countries: two-way trade in Russian and Central
    Asian news is `turnover`."""
    for text, surface, pair in (
            ("Russia and Iran had turnover of $4.9 billion in 2023, Putin said.", "$4.9 billion",
             ("RUS", "IRN")),
            ("Russia and China had record turnover of $240 billion last year.", "$240 billion",
             ("RUS", "CHN")),
            ("Uzbekistan and Turkey had turnover of $3 billion in the first half, their trade "
             "ministers said.", "$3 billion", ("UZB", "TUR")),
            ("Trade between Kazakhstan and Uzbekistan reached an annual turnover of $4 billion "
             "in 2023.", "$4 billion", ("KAZ", "UZB")),
            ("Russia-India trade more than doubled its yearly turnover to $65 billion in 2023.",
             "$65 billion", ("RUS", "IND"))):
        found = extracted(text, WHEN)
        assert surface in found, text
        assert (found[surface].exporter, found[surface].importer) == pair, text
    found = extracted("Russia-India trade more than doubled its yearly turnover to $65 billion "
                      "in 2023.", WHEN)
    assert (found["doubled"].kind, found["doubled"].direction) == ("change", "up")
    found = extracted("Trade with China generated turnover of $12 billion for Mongolia last "
                      "year.", WHEN)
    assert found["$12 billion"].importer == "CHN"
    found = extracted("Zambia booked revenue of $8 billion from copper exports in 2023.", WHEN)
    assert found["$8 billion"].exporter == "ZMB"


def test_a_firms_turnover_told_by_a_generic_verb_is_still_no_claim() -> None:
    for text, surface in (
            ("Czech carmakers and their parts suppliers had record turnover of 1.1 trillion "
             "crowns last year, the Automotive Industry Association said.",
             "1.1 trillion crowns"),
            ("Kazchrome, the country's chrome producer, booked revenue of 750 billion tenge in "
             "2018.", "750 billion tenge"),
            ("Companies with Moldovan or mixed capital registered in Romania generated turnover "
             "of about RON 3.3 billion.", "RON 3.3 billion")):
        assert surface not in extracted(text, WHEN), text


def test_a_carrier_anywhere_before_the_verb_keeps_its_cargo_a_claim() -> None:
    """A store or owner named in a modifier or relative clause (`which left the terminal`,
    `outside the Odesa terminal`, `chartered by a state bank`) does not outrank the carrier
    that is the verb's subject; a consignment is a carrier."""
    found = extracted("The Russian-flagged tanker, which left the terminal on Friday, was holding "
                      "700,000 barrels of crude bound for India.", WHEN)
    assert found["700,000 barrels"].importer == "IND"
    found = extracted("Ships waiting outside the Odesa terminal hold 2 million tonnes of Ukrainian "
                      "grain bound for Egypt.", WHEN)
    assert (found["2 million tonnes"].exporter, found["2 million tonnes"].importer) == ("UKR",
                                                                                        "EGY")
    found = extracted("Tankers chartered by a state bank held 2 million barrels of Iranian oil "
                      "destined for China.", WHEN)
    assert (found["2 million barrels"].exporter, found["2 million barrels"].importer) == ("IRN",
                                                                                          "CHN")
    found = extracted("Customs officers at the terminal found the consignment contained 2 tonnes "
                      "of cocaine shipped from Colombia.", WHEN)
    assert found["2 tonnes"].exporter == "COL"


def test_an_owner_holds_goods_in_store_only_as_the_verbs_subject() -> None:
    found = extracted("The Bank of Ghana held 30.5 tonnes of gold, and the Food Reserve Agency "
                      "still holds 280,000 tonnes of maize.", WHEN)
    assert "30.5 tonnes" not in found and "280,000 tonnes" not in found


def test_goods_that_perished_are_no_fall() -> None:
    """An amount lost is a fall only as a rate or of a flow (`N bpd has been lost`, `N of sales
    will be lost`), not goods lost at sea or to rot, spoilage or disease."""
    for text, surface in (
            ("A bulk carrier bound for Egypt with Ukrainian wheat exports sank, and 30,000 tonnes "
             "of grain has been lost at sea.", "30,000 tonnes"),
            ("Ukraine exported 2 million tonnes of grain in May, but 300,000 tonnes had been lost "
             "to rot in storage before shipment.", "300,000 tonnes"),
            ("Kenya shipped 40,000 tonnes of avocados to Europe, though 5,000 tonnes have been "
             "lost to spoilage at the port.", "5,000 tonnes"),
            ("Of Ghana's cocoa exports, 200,000 tonnes will be lost to swollen shoot disease "
             "this season.", "200,000 tonnes")):
        found = extracted(text, WHEN)
        assert found[surface].kind == "level", text
    found = extracted("The ministry warned that 320,000 barrels per day of the country's oil "
                      "output, or 1.3 million tonnes, could be lost.", WHEN)
    for surface in ("320,000 barrels per day", "1.3 million tonnes"):
        assert (found[surface].kind, found[surface].direction) == ("change", "down"), surface
