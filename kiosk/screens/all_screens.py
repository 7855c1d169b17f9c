"""Every screen of the kiosk, in the order the window builds them."""

from __future__ import annotations

from kiosk.screens.booking import BookingScreen
from kiosk.screens.case_view import CaseScreen
from kiosk.screens.check_in import CheckInScreen
from kiosk.screens.feedback import FeedbackScreen
from kiosk.screens.guides import GuidesScreen
from kiosk.screens.help_request import HelpScreen
from kiosk.screens.home import HomeScreen
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.screens.queue_view import QueueScreen
from kiosk.screens.self_service import SelfServiceScreen
from kiosk.screens.staff_exit import StaffExitScreen
from kiosk.screens.take_number import TakeNumberScreen
from kiosk.screens.ticket import TicketScreen

SCREENS: tuple[type[KioskScreen], ...] = (
    HomeScreen,
    TakeNumberScreen,
    TicketScreen,
    CheckInScreen,
    BookingScreen,
    GuidesScreen,
    SelfServiceScreen,
    QueueScreen,
    CaseScreen,
    HelpScreen,
    FeedbackScreen,
    StaffExitScreen,
)
