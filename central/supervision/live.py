"""The live hall view (clause 5.3.1, 6.2): every window's state and who is on duty, waiting and estimated
waits per category, the unattended-window and peak alerts, read from the hall's fold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from common.hall_bundle import HallBundle
from common.hall_config import WindowType
from common.projection.queue import CategoryLoad, category_loads, peak_alert, unattended_windows
from common.projection.state import HallState, TicketStatus, WindowStatus

RECENT_HANDOVER = timedelta(minutes=30)
WINDOW_TYPES_ZH = {
    WindowType.GENERAL: "综合窗口",
    WindowType.CROSS_PROVINCE: "跨省通办",
    WindowType.IN_PROVINCE: "省内通办",
    WindowType.ASSISTED: "帮代办",
    WindowType.COMPLAINT: "办不成事反映",
}


@dataclass(frozen=True)
class WindowView:
    number: int
    kind: str
    department: str
    status: str
    """closed, idle, called, serving, paused."""
    status_zh: str
    ticket: str | None
    staff: str | None
    staff_name: str
    since: datetime | None
    pause_reason: str
    expected_return: datetime | None
    late_return: bool
    handover_at: datetime | None
    unattended_minutes: float | None


@dataclass(frozen=True)
class CategoryView:
    letter: str
    name: str
    load: CategoryLoad


@dataclass(frozen=True)
class LiveView:
    now: datetime
    windows: list[WindowView]
    categories: list[CategoryView]
    peak: bool
    waiting: int
    open_windows: int
    unattended: int
    pause_limit: int


_STATUS_ZH = {"closed": "未开窗", "idle": "空闲", "called": "叫号中", "serving": "办理中", "paused": "暂停服务"}


def live_view(state: HallState, bundle: HallBundle, now: datetime, windows: set[int] | None = None) -> LiveView:
    """The hall now; ``windows`` limits it to some windows (a department's) and the categories they serve."""
    config = bundle.config
    day = config.hall_day(now)
    alerts = {a.window: a for a in unattended_windows(state, config, now)}
    shown = [w for w in config.windows if windows is None or w.number in windows]
    views = []
    for w in shown:
        ws = state.window(w.number)
        held = state.tickets.get(ws.ticket_id) if ws.ticket_id else None
        if ws.status == WindowStatus.CLOSED:
            status = "closed"
        elif ws.status == WindowStatus.PAUSED:
            status = "paused"
        elif held is not None:
            status = "serving" if held.status == TicketStatus.SERVING else "called"
        else:
            status = "idle"
        member = bundle.roster.get(ws.staff) if ws.staff else None
        pause = ws.pause
        alert = alerts.get(w.number)
        views.append(
            WindowView(
                number=w.number,
                kind=WINDOW_TYPES_ZH.get(w.type, str(w.type)),
                department=w.department,
                status=status,
                status_zh=_STATUS_ZH[status],
                ticket=held.number if held else None,
                staff=ws.staff if ws.status != WindowStatus.CLOSED else None,
                staff_name=member.name if member and ws.status != WindowStatus.CLOSED else "",
                since=ws.since,
                pause_reason=pause.reason if pause else "",
                expected_return=pause.expected_return if pause else None,
                late_return=bool(pause and now > pause.expected_return),
                handover_at=ws.handover_at
                if ws.handover_at and ws.status != WindowStatus.CLOSED and now - ws.handover_at <= RECENT_HANDOVER
                else None,
                unattended_minutes=alert.minutes if alert else None,
            )
        )
    categories = {c for w in shown for c in w.categories}
    loads = [load for load in category_loads(state, config, day, now) if load.letter in categories]
    return LiveView(
        now=now,
        windows=views,
        categories=[CategoryView(load.letter, config.category(load.letter).name, load) for load in loads],
        peak=peak_alert(loads, config),
        waiting=sum(load.waiting for load in loads),
        open_windows=sum(1 for v in views if v.status not in ("closed", "paused")),
        unattended=sum(1 for v in views if v.unattended_minutes is not None),
        pause_limit=config.queue.pause_limit_minutes,
    )
