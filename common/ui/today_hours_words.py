"""Today's hours as the kiosk's home screen shows them, from the plain figures it is drawn from (so that the
home screen drawn from its snapshot, before the hall's rules are loaded, reads the same as the live one)."""

from __future__ import annotations

from common.kiosk.home_figures import TodayHours
from common.ui.i18n import translate


def today_hours_text(today: TodayHours) -> str:
    """ "Open today 09:00–17:00 · lunch break 12:00–13:30", or closed."""
    if today.hours is None:
        if today.holiday:
            return translate("Hours", "Closed today (public holiday)")
        return translate("Hours", "Closed today")
    hours = "–".join(today.hours)
    if today.lunch is None:
        return translate("Hours", "Open today {hours}").format(hours=hours)
    return translate("Hours", "Open today {hours} · lunch break {lunch}").format(
        hours=hours, lunch="–".join(today.lunch)
    )
