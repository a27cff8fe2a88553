"""Places (ports, crossings) and the events timeline."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.knowledge.events import events, events_between
from tradetrace.knowledge.places import distance_km, find_place, places


@pytest.mark.parametrize("name,key,country", [
    ("Najin", "najin", "PRK"), ("Rajin", "najin", "PRK"), ("Nampho", "nampo", "PRK"),
    ("Chongjin", "chongjin", "PRK"), ("Rason", "rason", "PRK"), ("Sinuiju", "sinuiju", "PRK"),
    ("Dandong", "dandong", "CHN"), ("Khasan", "khasan", "RUS"), ("Tumangang", "tumangang", "PRK"),
    ("Vladivostok", "vladivostok", "RUS"), ("Vostochny", "vostochny_port", "RUS"),
    ("Hunchun", "hunchun", "CHN"), ("Wonsan", "wonsan", "PRK"),
])
def test_places_by_any_spelling(name: str, key: str, country: str) -> None:
    place = find_place(name)
    assert place is not None and place.key == key and place.country == country


def test_every_place_has_coordinates_in_the_region_and_a_source() -> None:
    for place in places().values():
        assert 35 < place.lat < 55 and 120 < place.lon < 135, place
        assert place.source.startswith("http")
    assert find_place("Atlantis") is None


def test_distances_are_plausible() -> None:
    khasan, rajin = find_place("Khasan"), find_place("Rajin")
    dandong, sinuiju = find_place("Dandong"), find_place("Sinuiju")
    assert khasan and rajin and dandong and sinuiju
    assert 25 < distance_km(khasan, rajin) < 54  # the railway is 54 km
    assert distance_km(dandong, sinuiju) < 10  # across the Yalu


def test_events_are_sorted_sourced_and_cover_the_milestones() -> None:
    timeline = events()
    assert [e.day for e in timeline] == sorted(e.day for e in timeline)
    assert all(e.source and e.label and e.countries for e in timeline)
    labels = {e.date: e.label for e in timeline}
    assert "2397" in labels["2017-12-22"] and "2371" in labels["2017-08-05"]
    assert "Vostochny" in labels["2023-09-13"]
    assert sum(e.kind == "nuclear_test" for e in timeline) == 6
    assert next(e for e in timeline if e.date == "2020-01").day == date(2020, 1, 1)


def test_events_between_filters() -> None:
    found = events_between(date(2024, 1, 1), date(2024, 12, 31), kinds=("treaty",),
                           country="RUS")
    assert [e.date for e in found] == ["2024-06-19", "2024-12-04"]
    assert all(e.kind == "resolution" for e in events_between(kinds=("resolution",)))
