"""Dated events that matter for trade (tests, resolutions, border closures, treaties, summits)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from tradetrace.knowledge import load_json


@dataclass(frozen=True)
class Event:
    """One event of the timeline, from `events.json`."""

    date: str
    """ISO day (`2017-12-22`) or month (`2020-01`) when only the month is known."""
    label: str
    """What happened."""
    kind: str
    """nuclear_test, launch, resolution, border, treaty, summit, infrastructure,
    sanctions_monitoring, trade_policy or war."""
    countries: tuple[str, ...]
    """ISO alpha-3 codes of the countries involved."""
    source: str
    """Where the date was taken from."""
    verified: bool = True
    """False for standard dates the domain notes did not check against a source."""

    @property
    def day(self) -> dt.date:
        """The date as a day; a month-only date stands for the first of the month."""
        return dt.date.fromisoformat(self.date if len(self.date) == 10 else f"{self.date}-01")


@cache
def events() -> tuple[Event, ...]:
    """All events in date order."""
    loaded = [
        Event(date=e["date"], label=e["label"], kind=e["kind"], countries=tuple(e["countries"]),
              source=e["source"], verified=bool(e.get("verified", True)))
        for e in load_json("events.json")["events"]
    ]
    return tuple(sorted(loaded, key=lambda e: e.day))


def events_between(
    start: dt.date | None = None, end: dt.date | None = None, *, kinds: tuple[str, ...] = (),
    country: str | None = None,
) -> list[Event]:
    """Events from start to end (inclusive), optionally of some kinds or involving a country."""
    return [
        e for e in events()
        if (start is None or e.day >= start) and (end is None or e.day <= end)
        and (not kinds or e.kind in kinds) and (country is None or country in e.countries)
    ]
