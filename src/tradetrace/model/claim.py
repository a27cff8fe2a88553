"""Quantities found in text and the trade claims built from them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tradetrace.model.ids import make_id

Kind = Literal["level", "change", "share", "cap"]
Modality = Literal["reported", "planned", "estimated", "forecast"]
Direction = Literal["up", "down"]
Bound = Literal["=", "~", ">", "<"]


@dataclass(frozen=True)
class Quantity:
    """A number with its unit as written in a text, and its value in canonical units.

    Units are short canonical codes: `t`, `bbl`, `bbl/d`, `t/d`, `t/yr`, ISO 4217 currency codes
    (`USD`, `CNY`, `RUB`, `KPW`, `EUR`, ...), `percent`, `x` (multiplier), a noun for counted
    things (`ship`, `people`), or pint's name for any other physical unit. `""` = bare number.
    """

    start: int
    """Offset of the first character of the quantity's surface in the text."""
    end: int
    """Offset one past its last character."""
    surface: str
    """The text between start and end, e.g. `about 160,000 tons`."""
    value: float
    """Value in `unit`, scale words applied (`US$24.8 mln` -> 24800000.0)."""
    unit: str
    """Canonical unit code (see class docstring)."""
    value_max: float | None = None
    """Upper end of a range (`between 200 and 400 tonnes` -> value 200, value_max 400)."""
    bound: Bound = "="
    """`=` exact, `~` approximate (about, roughly), `>` more than, `<` less than."""
    change: Direction | None = None
    """`up`/`down` when the quantity is itself a change (`rose 5%`, `a 56.7 percent fall`)."""
    unit_surface: str = ""
    """The unit as written (`metric tons`, `U.S. dollar-worth`)."""
    equivalent_of: int | None = None
    """Index (in the same list) of the quantity this one restates, e.g. a parenthetical
    `(approximately 1.2 million barrels)` after `160,000 tons`."""

    @property
    def approximate(self) -> bool:
        return self.bound != "="


@dataclass(frozen=True)
class Claim:
    """A trade claim: one quantity about a flow of goods or money, tied to its sentence."""

    id: str
    """`clm-` + hash of document id, quantity span and extractor version (see `claim_id`)."""
    doc_id: str
    """Id of the document the claim was read from."""
    start: int
    """Offset of the quantity in the document's clean text."""
    end: int
    """Offset one past the quantity."""
    sentence_start: int
    """Offset of the evidence sentence."""
    sentence_end: int
    """Offset one past the evidence sentence."""
    surface: str
    """The quantity as written."""
    value: float
    """Stated value in `unit` (scale words applied)."""
    unit: str
    """Canonical unit code of the stated value."""
    kind: Kind
    """level, change (with `direction`), share of a total, or sanctions cap."""
    commodity: str | None = None
    """Key in the commodity taxonomy (`oil`, `refined_petroleum`, `flour`, `trade`, ...)."""
    exporter: str | None = None
    """ISO 3166-1 alpha-3 code of the supplying country."""
    importer: str | None = None
    """ISO 3166-1 alpha-3 code of the receiving country."""
    two_way: bool = False
    """True for `trade between A and B`: exporter/importer are the two parties, not a direction."""
    direction: Direction | None = None
    """For changes: up or down."""
    period_start: str | None = None
    """ISO date of the first day the claim covers."""
    period_end: str | None = None
    """ISO date of the last day the claim covers."""
    year: int | None = None
    """Calendar year of the period (of its start when it spans years)."""
    modality: Modality = "reported"
    """reported (happened), planned (ordered/agreed), estimated, forecast (target/projection)."""
    approximate: bool = False
    """True when the text hedges the number (about, nearly, some, more than)."""
    bound: Bound = "="
    """`=`, `~`, `>` (more than) or `<` (less than)."""
    value_max: float | None = None
    """Upper end of a stated range."""
    normalized_value: float | None = None
    """Value in `normalized_unit` (tonnes, barrels or USD), when a conversion applies."""
    normalized_unit: str | None = None
    """`t`, `bbl`, `USD`, `percent`, ... after normalization."""
    attribution: str | None = None
    """Who the text says the number comes from (`the Federal Customs Service of Russia`)."""
    sentence: str = ""
    """The evidence sentence (the document text between sentence_start and sentence_end)."""
    extractor_version: str = ""
    """Version of the extractor that made the claim; a new version makes new ids."""
    equivalent_of: str | None = None
    """Id of the claim this one restates in another unit (`160,000 t (1.2 million bbl)`)."""


def claim_id(doc_id: str, start: int, end: int, extractor_version: str) -> str:
    """Deterministic claim id: the same document, span and extractor give the same id."""
    return make_id("clm", doc_id, start, end, extractor_version)
