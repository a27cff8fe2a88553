"""Claim rules found on `tests/gold/dev8.jsonl` (headlines, compared flows, rankings), pinned by
invented sentences. Quantities are written out by hand, so only the claim logic is exercised."""

from __future__ import annotations

from datetime import date

from claim_helpers import by_surface, parties

MAY_2025 = date(2025, 5, 20)


def test_turnover_with_no_country_named_is_the_pair_named_before() -> None:
    text = ("Trade between Laos and Thailand reached a record $34 million last year, an official "
            "said. In 2019, before the pandemic, turnover stood at $47.9 million.")
    claims = by_surface(text, (("$34 million", 34e6, "USD"), ("$47.9 million", 47.9e6, "USD")),
                        MAY_2025)
    assert parties(claims["$47.9 million"]) in (("LAO", "THA", True), ("THA", "LAO", True))


def test_a_paragraphs_figures_go_on_with_its_flow_not_its_share_of_a_cap() -> None:
    text = ("Thailand shipped 105,845 barrels of diesel to Laos last year, about 21 percent of the "
            "500,000-barrel annual cap. January deliveries alone came to 44,655 barrels.")
    claims = by_surface(text, (("105,845 barrels", 105_845, "bbl"), ("21 percent", 21, "percent"),
                               ("500,000-barrel", 5e5, "bbl"), ("44,655 barrels", 44_655, "bbl")),
                        MAY_2025)
    assert parties(claims["44,655 barrels"]) == ("THA", "LAO", False)


def test_a_flag_is_no_party_and_a_vessel_of_a_country_receives() -> None:
    text = ("The Thai-flagged tanker Patriot transferred an estimated 1,500 metric tons of diesel "
            "to a Lao vessel in January.")
    claim = by_surface(text, (("1,500 metric tons", 1_500, "t"),), MAY_2025)["1,500 metric tons"]
    assert parties(claim) == (None, "LAO", False)


def test_a_cap_on_a_countrys_imports_targets_that_country() -> None:
    text = ("Washington sanctioned two shipping firms on Tuesday. The council limits Laos's "
            "imports of diesel to 500,000 barrels a year.")
    claim = by_surface(text, (("500,000 barrels a year", 5e5, "bbl/yr"),),
                       MAY_2025)["500,000 barrels a year"]
    assert (claim.kind, claim.importer) == ("cap", "LAO")


def test_an_old_share_after_a_move_in_points() -> None:
    text = ("Fuel made up 18.4 percent of Laos's imports last year, down 18 percentage points from "
            "36.4 percent in 2023.")
    claims = by_surface(text, (("18.4 percent", 18.4, "percent"),
                               ("36.4 percent", 36.4, "percent")), MAY_2025)
    assert (claims["36.4 percent"].kind, claims["36.4 percent"].period_start) == (
        "share", "2023-01-01")


def test_an_estimate_attached_to_one_figure_is_not_the_other_flows() -> None:
    text = ("The agency included an estimated $290 million worth of Thai crude in Laos's 2024 "
            "imports of $2.97 billion.")
    claims = by_surface(text, (("$290 million", 2.9e8, "USD"), ("$2.97 billion", 2.97e9, "USD")),
                        MAY_2025)
    assert claims["$290 million"].modality == "estimated"
    assert claims["$2.97 billion"].modality == "reported"


def test_an_estimate_carries_to_what_restates_its_figure() -> None:
    text = ("The agency adds an estimated 500,000 tons of Thai crude, worth about $290 million, to "
            "Laos's 2024 imports.")
    claims = by_surface(text, (("500,000 tons", 5e5, "t"), ("$290 million", 2.9e8, "USD")),
                        MAY_2025)
    assert claims["$290 million"].modality == "estimated"


def test_a_countrys_reliance_on_another_is_its_share_of_trade_with_a_closing_source() -> None:
    text = "Laos's reliance on Thailand hits record 68.3 pct in 2024: KOTRA"
    claim = by_surface(text, (("68.3 pct", 68.3, "percent"),), MAY_2025)["68.3 pct"]
    assert (claim.kind, claim.commodity, claim.attribution) == ("share", "trade", "KOTRA")
    assert {claim.exporter, claim.importer} == {"THA", "LAO"} and claim.two_way


def test_an_official_who_says_is_the_source() -> None:
    text = "Laos-Thailand trade hit record $34 million in 2024, official says"
    claim = by_surface(text, (("$34 million", 34e6, "USD"),), MAY_2025)["$34 million"]
    assert claim.attribution == "official"


def test_partners_listed_with_their_part_of_an_export_are_its_buyers() -> None:
    text = ("Laos shipped about 9.5 million tonnes of potash last year, industry sources said. "
            "Thailand took 4.6 million tonnes, Vietnam 1.7 million tonnes and India 1.1 million "
            "tonnes.")
    claims = by_surface(text, (("9.5 million tonnes", 9.5e6, "t"), ("4.6 million tonnes", 4.6e6,
                                                                     "t"),
                               ("1.7 million tonnes", 1.7e6, "t"), ("1.1 million tonnes", 1.1e6,
                                                                     "t")), MAY_2025)
    assert [claims[s].importer for s in ("4.6 million tonnes", "1.7 million tonnes",
                                         "1.1 million tonnes")] == ["THA", "VNM", "IND"]
    assert claims["9.5 million tonnes"].importer is None


def test_a_ranking_of_buyers_and_of_suppliers() -> None:
    text = ("Laos exported over 2.2 million tonnes of rice last year. Thailand was the top buyer "
            "with 520,000 tonnes, followed by the Philippines (310,000 tonnes).\n"
            "India imported 1.96 million barrels per day of Russian crude in May. Iraq was the "
            "second-biggest supplier at 830,000 bpd, followed by Kuwait (560,000 bpd).")
    claims = by_surface(text, (("2.2 million tonnes", 2.2e6, "t"), ("520,000 tonnes", 5.2e5, "t"),
                               ("310,000 tonnes", 3.1e5, "t"),
                               ("1.96 million barrels per day", 1.96e6, "bbl/d"),
                               ("830,000 bpd", 8.3e5, "bbl/d"), ("560,000 bpd", 5.6e5, "bbl/d")),
                        MAY_2025)
    assert parties(claims["520,000 tonnes"]) == ("LAO", "THA", False)
    assert parties(claims["310,000 tonnes"]) == ("LAO", "PHL", False)
    assert parties(claims["830,000 bpd"]) == ("IRQ", "IND", False)
    assert parties(claims["560,000 bpd"]) == ("KWT", "IND", False)


def test_trade_partners_ranked_after_the_first_are_the_same_countrys_partners() -> None:
    text = ("Laos's foreign trade jumped 74.6 percent last year. Trade with Thailand came to $2.72 "
            "billion, followed by Vietnam ($5.8 million) and Austria ($2.9 million), according to "
            "the agency.")
    claims = by_surface(text, (("74.6 percent", 74.6, "percent"), ("$2.72 billion", 2.72e9, "USD"),
                               ("$5.8 million", 5.8e6, "USD"), ("$2.9 million", 2.9e6, "USD")),
                        MAY_2025)
    assert parties(claims["$2.72 billion"]) == ("LAO", "THA", True)
    assert parties(claims["$5.8 million"]) == ("LAO", "VNM", True)
    assert parties(claims["$2.9 million"]) == ("LAO", "AUT", True)


def test_a_share_of_the_figure_before_keeps_its_goods_and_new_goods_names() -> None:
    text = ("Wigs remained Laos's top export to Thailand, with shipments worth $78.5 million. That "
            "was about 52 percent of its exports. Ferroalloys came second at $12.1 million, "
            "followed by silk ($4.6 million).")
    claims = by_surface(text, (("$78.5 million", 7.85e7, "USD"), ("52 percent", 52, "percent"),
                               ("$12.1 million", 1.21e7, "USD"), ("$4.6 million", 4.6e6, "USD")),
                        MAY_2025)
    assert [claims[s].commodity for s in ("52 percent", "$12.1 million", "$4.6 million")] == [
        "wigs", "iron_steel", "textiles"]


def test_south_and_north_korea_name_a_pair_and_a_fund_is_no_flow() -> None:
    text = ("Trade between South and North Korea fell 87.7 percent on-year to $332.6 million last "
            "year. The ministry's cooperation fund for this year was set at 1.05 trillion won.")
    claims = by_surface(text, (("87.7 percent", 87.7, "percent"),
                               ("$332.6 million", 3.326e8, "USD"),
                               ("1.05 trillion won", 1.05e12, "KRW")), MAY_2025)
    assert {claims["$332.6 million"].exporter, claims["$332.6 million"].importer} == {"KOR", "PRK"}
    assert "1.05 trillion won" not in claims


def test_a_capital_expecting_turnover_goes_on_with_the_pair() -> None:
    text = ("Trade turnover between Laos and Thailand grew ninefold last year to $34.4 million. "
            "The Thai government expects turnover to reach about $50 million this year.")
    claims = by_surface(text, (("$34.4 million", 3.44e7, "USD"), ("$50 million", 5e7, "USD")),
                        MAY_2025)
    assert {claims["$50 million"].exporter, claims["$50 million"].importer} == {"LAO", "THA"}
    assert claims["$50 million"].two_way
