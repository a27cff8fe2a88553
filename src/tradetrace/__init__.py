"""tradetrace: evidence-linked trade claims and statistics for sanctioned economies.

The pipeline runs one way; each folder is a stage:
ingest -> extract -> (normalize) -> store -> verify -> analyse -> report / web, with `model/`
(records shared by every stage) and `knowledge/` (data files) underneath and `cli/` on top.
"""

__version__ = "0.1.0"
