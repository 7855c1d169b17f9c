"""A scripted day in the sample hall (南京 不动产登记分中心), played on the real programs of a ``RunningHall``
at the hall's own time (``HallClock``), counting what it does in a ``DayTally``.

The cast: the kiosk; window 1 (categories A, B, C; on lunch duty) on the central store directly; window 7
(H, utility transfers; not on lunch duty) behind the fault proxy; the board. The two windows serve disjoint
categories, so what either does offline never collides with the other (a collision is refused and tested
elsewhere, ``tests/test_sync_faults.py``), and the day's figures are exactly the script's.

    08:30 devices start and enroll          11:00 the kiosk loses power (SIGKILL) and restarts
    09:00 opening: both windows sign in      11:20 the central store stops, the hall works on, it restarts
    09:05 morning peak: 40 tickets           12:00 lunch: window 7 closes, window 1 on duty, handover
    09:40 a pause at window 1                13:30 window 7 reopens; transfers both ways
    09:50 an appointment checks in           15:00 a pause past the 15-minute limit at window 7
    10:30 window 7's network cut (10 min)    17:00 closing: who still waits is carried over
"""

from __future__ import annotations

from itertools import cycle
from typing import Any

from tests.support.day_tally import DayTally
from tests.support.hall_clock import HallClock
from tests.support.hall_programs import Program
from tests.support.running_hall import RunningHall

W1, W7 = 1, 7
"""Window 1 serves A, B and C and keeps lunch duty; window 7 serves H and reaches the central store through
the fault proxy."""

LEVELS = cycle(
    [
        ("very_satisfied", []),
        ("satisfied", []),
        ("very_satisfied", []),
        ("basically_satisfied", []),
        ("satisfied", []),
        ("dissatisfied", ["等候时间长"]),
        ("very_satisfied", []),
        ("satisfied", []),
        ("very_dissatisfied", ["服务态度差", "办事效率低"]),
    ]
)
"""The ratings citizens give, in turn: mostly good, one in four or so bad, each bad one with its reasons."""


class ScriptedDay:
    def __init__(self, hall: RunningHall, clock: HallClock) -> None:
        self.hall = hall
        self.clock = clock
        self.tally = DayTally()
        self.appointment = ""

    # --- the cast -----------------------------------------------------------------------------------

    @property
    def kiosk(self) -> Program:
        assert self.hall.kiosk is not None
        return self.hall.kiosk

    def window(self, number: int) -> Program:
        return self.hall.windows[number]

    # --- what people do -----------------------------------------------------------------------------

    def take_tickets(self, categories: str) -> list[str]:
        """Citizens take one ticket each, in this order of categories (``"AABH"``)."""
        return [self.tally.issue(self.kiosk.ask("issue_ticket", category=c)) for c in categories]

    def sees_every_ticket(self, number: int) -> None:
        """Wait until window ``number`` knows every ticket issued so far (it calls from its own state)."""
        issued = len(self.tally.issued)
        self.hall.until(lambda: self.window(number).ask("state")["tickets"] >= issued, f"window {number} sees {issued}")

    def serve(
        self, number: int, *, outcome: str = "consulted", items: list[str] | None = None, rate: bool = True
    ) -> dict[str, Any]:
        """Call the next citizen, serve them, finish, and let them rate (or leave without rating)."""
        w = self.window(number)
        ticket = w.ask("call_next", window=number)
        assert ticket is not None, f"nobody waits for window {number}"
        w.ask("start_service", window=number)
        w.ask("finish", window=number, outcome=outcome, items=items)
        self.tally.visits += 1
        self.tally.served.add(ticket["number"])
        if rate:
            level, reasons = next(LEVELS)
            w.ask("rate_visit", window=number, level=level, reasons=reasons, text="等了很久" if reasons else "")
            self.tally.ratings[level] += 1
            self.tally.bad_reasons.update(reasons)
        else:
            w.ask("skip_rating", window=number)
            self.tally.skipped += 1
        result: dict[str, Any] = ticket
        return result

    def no_show(self, number: int) -> str:
        """Called, recalled up to the limit, never came: 过号."""
        w = self.window(number)
        ticket = w.ask("call_next", window=number)
        assert ticket is not None
        w.ask("recall", window=number)
        w.ask("recall", window=number)
        w.ask("no_show", window=number)
        self.tally.no_shows.add(ticket["number"])
        return str(ticket["number"])

    def pause(self, number: int, reason: str, start: tuple[int, int], back: tuple[int, int]) -> None:
        self.clock.set(*start)
        self.window(number).ask(
            "pause", window=number, reason=reason, minutes=(back[0] - start[0]) * 60 + back[1] - start[1]
        )
        self.tally.pauses += 1
        self.clock.set(*back)
        self.window(number).ask("resume", window=number)

    # --- the day ------------------------------------------------------------------------------------

    def opening(self) -> None:
        self.clock.set(9, 0)
        self.window(W1).ask("sign_in", window=W1, staff="BDC0101", pin="0101")
        self.window(W7).ask("sign_in", window=W7, staff="BDC0102", pin="0102")
        # A citizen books a 10:00 appointment at the kiosk (it could be done on the phone the day before).
        self.appointment = self.kiosk.ask("book_appointment", category="A", start=self.clock.at(10, 0).isoformat())

    def morning_peak(self) -> None:
        self.clock.set(9, 5)
        self.take_tickets("AABACAHBAACHABAHCABA" + "HACBAAHBCAAHBACHAABA")
        self.hall.wait_synced()
        for _ in range(8):
            self.serve(W1)
        for _ in range(3):
            self.serve(W7)
        self.no_show(W1)
        self.serve(W1, outcome="on_the_spot", items=["BDC-001"])  # 即办: a case, completed on the spot
        self.serve(W1, rate=False)

    def a_pause(self) -> None:
        self.pause(W1, "业务咨询", (9, 40), (9, 50))

    def the_appointment_checks_in(self) -> None:
        self.clock.set(9, 50)
        receipt = self.kiosk.ask("check_in", code=self.appointment)
        assert receipt["channel"] == "appointment", "ten minutes early is on time"
        number = self.tally.issue(receipt)
        self.sees_every_ticket(W1)
        served = self.serve(W1)
        assert served["number"] == number, "an on-time appointment is called before everyone who waits"
        self.tally.appointments_kept += 1

    def network_cut(self) -> None:
        """Window 7 loses the network for ten minutes; it keeps calling, serving and taking ratings."""
        self.clock.set(10, 30)
        assert self.hall.proxy is not None
        self.hall.proxy.set_mode("cut")
        w7 = self.window(W7)
        for _ in range(3):
            self.serve(W7)
        self.hall.until(lambda: w7.ask("state")["connection"] == "offline", "window 7 offline")
        assert w7.ask("state")["pending"] > 0, "what it did offline waits in its outbox"
        self.take_tickets("HHAB")  # the rest of the hall carries on
        self.serve(W1)
        self.clock.set(10, 40)
        self.hall.proxy.set_mode("pass")
        self.hall.wait_synced()

    def kiosk_power_cut(self) -> None:
        """The kiosk loses power right after issuing; it restarts with every ticket and goes on numbering."""
        self.clock.set(11, 0)
        before = self.take_tickets("CCCCB")
        kept = self.kiosk.ask("state")["tickets"]
        self.kiosk.kill()
        self.hall.launch_kiosk()
        assert self.kiosk.ask("state")["tickets"] == kept, "no ticket lost to the power cut"
        self.hall.until(lambda: self.kiosk.ask("state")["connection"] == "online", "the kiosk back online")
        after = self.take_tickets("CCB")
        c_before = [int(n[1:]) for n in before if n.startswith("C")]
        c_after = [int(n[1:]) for n in after if n.startswith("C")]
        assert min(c_after) > max(c_before), f"numbering goes on after the restart: {before} then {after}"
        self.hall.wait_synced()

    def central_store_restart(self) -> None:
        """The central store is stopped (an upgrade, say); the hall works on and everything converges."""
        self.clock.set(11, 20)
        self.hall.central.stop_cleanly()
        self.take_tickets("AAH")
        self.serve(W1)
        self.serve(W7)
        self.no_show(W1)
        self.hall.until(lambda: self.kiosk.ask("state")["connection"] == "offline", "the kiosk sees the outage")
        self.clock.set(11, 30)
        self.hall.central.start()
        self.hall.wait_synced()

    def lunch(self) -> None:
        """12:00: window 7 closes; window 1 keeps lunch duty, handed over to a colleague (午间交接)."""
        self.clock.set(12, 0)
        self.window(W7).ask("close_window", window=W7)
        self.window(W1).ask("handover", window=W1, staff="BDC0103", pin="0103")
        for _ in range(3):
            self.serve(W1)
        self.hall.wait_synced()
        assert self.hall.board is not None
        windows = self.hall.board.ask("state")["windows"]
        assert windows[str(W1)]["status"] == "open" and windows[str(W1)]["staff"] == "BDC0103"
        assert windows[str(W7)]["status"] == "closed", "only the windows on lunch duty stay open"

    def afternoon(self) -> None:
        self.clock.set(13, 30)
        self.window(W7).ask("sign_in", window=W7, staff="BDC0102", pin="0102")
        self.clock.set(13, 35)
        self.take_tickets("ABHCA")
        self.hall.wait_synced()
        # A property transfer at window 1 turns out to need the utility transfer too: sent on to category H.
        w1, w7 = self.window(W1), self.window(W7)
        sent = w1.ask("call_next", window=W1)
        w1.ask("start_service", window=W1)
        w1.ask("transfer", window=W1, to_category="H", note="水电气联动过户")
        self.tally.visits += 1
        self.tally.transfers += 1
        self.hall.wait_synced()
        served = self.serve(W7)
        assert served["number"] == sent["number"], f"a transferred citizen keeps their place: {served} {sent}"
        # Window 7 sends a citizen who only has a mortgage question straight to window 1.
        w7.ask("call_next", window=W7)
        w7.ask("transfer", window=W7, to_window=W1, note="抵押咨询")
        self.tally.transfers += 1
        self.hall.wait_synced()
        self.serve(W1)
        # The citizen taps the rating pad a second time: 一次一评 refuses it, on the device already.
        second = w1.try_ask("rate_visit", window=W1, level="very_dissatisfied", reasons=["服务态度差"])
        assert not second["ok"] and second["code"] == "already_rated", second
        self.tally.refused_second_ratings += 1
        for _ in range(4):
            self.serve(W1)
        self.no_show(W1)
        self.serve(W7)

    def long_pause(self) -> None:
        """Twenty minutes away from window 7: five past the hall's 15-minute limit (不得空岗)."""
        self.pause(W7, "临时离开", (15, 0), (15, 20))

    def closing(self) -> None:
        self.clock.set(16, 30)
        self.serve(W1)
        self.serve(W7, rate=False)
        self.clock.set(17, 0)
        self.window(W1).ask("close_window", window=W1)
        self.window(W7).ask("close_window", window=W7)
        self.hall.wait_synced()

    def play(self) -> DayTally:
        self.opening()
        self.morning_peak()
        self.a_pause()
        self.the_appointment_checks_in()
        self.network_cut()
        self.kiosk_power_cut()
        self.central_store_restart()
        self.lunch()
        self.afternoon()
        self.long_pause()
        self.closing()
        return self.tally
