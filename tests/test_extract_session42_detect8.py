"""Kind rules of the forty-second session's eighth detection round (2026-12-05): amounts a party
may move under a quota regime, and the rows of a run of caps, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2025, 3, 14)


def _kind(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].kind


def test_an_amount_a_party_may_move_under_a_regime_is_a_cap() -> None:
    """`Exporters may ship up to 40,000 tonnes` with a quota, ban, safeguard or licences named in
    the sentence or the one before: the most the regime lets through, a cap."""
    cases = {
        "Kenya lifted its ban on maize sales abroad on Monday. Traders may export up to 40,000 "
        "tonnes of maize before the end of June, the ministry said.": "40,000 tonnes",
        "Under the new safeguard regime, Uruguay may ship 60,000 tons of lamb to Britain in "
        "2026 without the extra duty.": "60,000 tons",
        "Importers may bring in 75,000 mt of Turkish rebar between April and June under the "
        "licences issued on Friday.": "75,000 mt",
    }
    for text, surface in cases.items():
        assert _kind(text, surface) == "cap", text


def test_an_amount_that_may_move_with_no_regime_is_a_forecast_level() -> None:
    """`Egypt may import up to 12 million tonnes`: with no regime named, `may` hedges a forecast."""
    text = ("Egypt may import up to 12 million tonnes of wheat in the year to June, a trader at a "
            "Cairo firm said.")
    assert _kind(text, "12 million tonnes") == "level"


def test_a_comma_run_of_caps_by_year_goes_on_with_the_cap() -> None:
    """`The quota was 30,000 tonnes for 2022, 32,000 tonnes for 2023 and 35,000 tonnes for
    2024`: a row joined by a comma, or after a time span, goes on with the cap before it."""
    text = ("The duty-free quota for Thai rice was capped at 30,000 tonnes for 2022, 32,000 tonnes "
            "for 2023 and 35,000 tonnes for 2024.")
    claims = in_body(text, WHEN)
    assert [claims[s].kind for s in ("30,000 tonnes", "32,000 tonnes", "35,000 tonnes")] == [
        "cap", "cap", "cap"]
    text = ("Exporters may ship 12,000 tonnes of sugar in January-March 2026, plus 9,000 tonnes in "
            "April-June 2026 and 7,500 tonnes in July-September 2026 under the quota.")
    claims = in_body(text, WHEN)
    assert [claims[s].kind for s in ("12,000 tonnes", "9,000 tonnes", "7,500 tonnes")] == [
        "cap", "cap", "cap"]


def test_a_permitted_cap_has_the_mover_as_exporter() -> None:
    """`Uruguay may ship 60,000 tons of lamb to Britain`: the party that may ship is the exporter
    of the cap, the country it ships to the importer; `Importers may bring in 75,000 mt of Turkish
    rebar`: the goods' origin exports."""
    text = ("Under the new safeguard regime, Uruguay may ship 60,000 tons of lamb to Britain in "
            "2026 without the extra duty.")
    claim = in_body(text, WHEN)["60,000 tons"]
    assert (claim.kind, claim.exporter, claim.importer) == ("cap", "URY", "GBR")
    text = ("Importers may bring in 75,000 mt of Turkish rebar between April and June under the "
            "licences issued on Friday.")
    claim = in_body(text, WHEN)["75,000 mt"]
    assert (claim.kind, claim.exporter) == ("cap", "TUR")
