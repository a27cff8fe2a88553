"""analyse stage: pure functions over what the store returns (claims, statistics, findings).

Partner shares and concentration (`shares`), year-over-year changes and shift detection
(`trends`), flow series keeping every source apart (`series`), cap usage from the cap monitor's
findings (`caps`), key events (`timeline`); `to_frame` turns any result list into a DataFrame.
Hands on frozen dataclasses that the report and the dashboard draw.
"""

from tradetrace.analyse.caps import CapUsage, cap_usage
from tradetrace.analyse.frames import as_record, to_frame
from tradetrace.analyse.series import (
    DEFAULT_FLOWS,
    Flow,
    SeriesPoint,
    flow_series,
    split_series,
    yearly_values,
)
from tradetrace.analyse.shares import (
    Concentration,
    PartnerShare,
    choose_family,
    concentration,
    families,
    partner_shares,
)
from tradetrace.analyse.timeline import KeyEvent, key_events
from tradetrace.analyse.trends import (
    Change,
    Shift,
    ShiftOptions,
    YearValue,
    detect_shifts,
    share_shifts,
    year_over_year,
)

__all__ = [
    "DEFAULT_FLOWS", "CapUsage", "Change", "Concentration", "Flow", "KeyEvent", "PartnerShare",
    "SeriesPoint", "Shift", "ShiftOptions", "YearValue", "as_record", "cap_usage",
    "choose_family", "concentration", "detect_shifts", "families", "flow_series", "key_events",
    "partner_shares",
    "share_shifts", "split_series", "to_frame", "year_over_year", "yearly_values",
]
