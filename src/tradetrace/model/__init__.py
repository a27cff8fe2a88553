"""Frozen records shared by every stage of the pipeline."""

from tradetrace.model.claim import Claim, Quantity
from tradetrace.model.document import Document
from tradetrace.model.finding import Finding
from tradetrace.model.ids import make_id
from tradetrace.model.statistic import Statistic

__all__ = ["Claim", "Document", "Finding", "Quantity", "Statistic", "make_id"]
