"""Names shown for the hall's fixed kinds of things: window types (clause 5.3.1), outcomes of a visit,
ticket channels, help requests. Translated here once, for the console and the citizen screen."""

from __future__ import annotations

from common.events import Channel, HelpKind, Outcome
from common.hall_config import WindowType
from common.ui.i18n import translate


def window_type_text(kind: WindowType) -> str:
    return {
        WindowType.GENERAL: translate("WindowWords", "General window"),
        WindowType.CROSS_PROVINCE: translate("WindowWords", "Cross-province services"),
        WindowType.IN_PROVINCE: translate("WindowWords", "In-province services"),
        WindowType.ASSISTED: translate("WindowWords", "Assisted services"),
        WindowType.COMPLAINT: translate("WindowWords", "Could-not-get-it-done desk"),
    }[kind]


def window_name(number: int) -> str:
    return translate("WindowWords", "Window {n}").format(n=number)


def outcome_text(outcome: Outcome) -> str:
    return {
        Outcome.ON_THE_SPOT: translate("WindowWords", "Done on the spot"),
        Outcome.PROMISED: translate("WindowWords", "Accepted, done by a promised date"),
        Outcome.ONE_TIME_NOTICE: translate("WindowWords", "One-time notice of missing materials"),
        Outcome.CONSULTED: translate("WindowWords", "Enquiry only"),
    }[outcome]


def channel_text(channel: Channel) -> str:
    return {
        Channel.NORMAL: "",
        Channel.GREEN: translate("WindowWords", "Green channel"),
        Channel.APPOINTMENT: translate("WindowWords", "Appointment"),
    }[channel]


def help_kind_text(kind: HelpKind) -> str:
    return {
        HelpKind.ASSIST: translate("WindowWords", "Assisted service"),
        HelpKind.SELF_SERVICE_STUCK: translate("WindowWords", "Stuck at self-service"),
        HelpKind.ACCESSIBILITY: translate("WindowWords", "Accessibility help"),
    }[kind]
