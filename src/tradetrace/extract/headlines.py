"""The flow a headline states, for an article whose body names none of its own."""

from __future__ import annotations

from tradetrace.extract.commodity import find_commodities
from tradetrace.extract.parties import PART_TAKEN, find_countries
from tradetrace.extract.roles import Parties, assign, find_frame, read_roles


def headline_flow(title: str) -> Parties:
    """The one-way flow a headline states between two countries (`Satellite count puts 2024
    Russian oil to North Korea above 1 million barrels` -> RUS, PRK), else no parties."""
    mentions = find_countries(title)
    goods = find_commodities(title)
    frame = find_frame(title, 0, len(title), 0)
    parties = assign(read_roles(title, mentions, goods, frame), frame)
    if parties.two_way or parties.joint or not parties.exporter or not parties.importer or \
            PART_TAKEN.search(title):
        # (`Switzerland takes three-quarters of Senegal's gold`, `China overtakes US as second
        # buyer of Ecuadorian shrimp`: the partner of a part, not of the article's totals)
        return Parties()
    return parties


def from_headline(parties: Parties, flow: Parties) -> Parties:
    """A claim with no parties, or with one side that the headline's flow shares, completed from
    that flow: the headline names the only flow of an article whose body names none."""
    if flow.empty or parties.paired:
        return parties
    if parties.empty:
        return flow
    if parties.exporter == flow.exporter and parties.importer is None:
        return flow
    if parties.importer == flow.importer and parties.exporter is None:
        return flow
    return parties
