"""Every refusal in plain words, in the screen's language: the stable ``code`` of a ``RuleViolation`` or
a central store's refusal is translated here; a malformed entry (``EventError``), running out of
numbers and the hall's hours (``OutsideHours``: the hours and when numbers are issued again) have their own
words. Nothing refused has changed anything, and the words say what to do next."""

from __future__ import annotations

import logging

from common.events import EventError
from common.opening_rules import OutsideHours
from common.projection.violations import RuleViolation
from common.ticket_numbers import NumbersExhausted
from common.ui.hours_words import ticket_refusal
from common.ui.i18n import translate

log = logging.getLogger("hall.kiosk")


def _messages() -> dict[str, str]:
    return {
        "unknown_appointment": translate(
            "Refusal", "We cannot find this appointment code. Please check the code and try again."
        ),
        "appointment_checked_in": translate(
            "Refusal", "This appointment has already been checked in. Your number was given then."
        ),
        "appointment_cancelled": translate("Refusal", "This appointment was cancelled. Please book again."),
        "appointment_exists": translate("Refusal", "Something went wrong with the code. Please try booking again."),
        "wrong_category": translate("Refusal", "This appointment is for another service."),
        "wrong_on_time": translate("Refusal", "The time of this appointment has changed. Please try again."),
        "slot_full": translate("Refusal", "This time has just been fully booked. Please choose another time."),
        "no_such_slot": translate("Refusal", "The hall takes no appointments at this time. Please choose another."),
        "no_green_channel": translate("Refusal", "This service has no green channel. Please take an ordinary number."),
        "wrong_day": translate("Refusal", "The kiosk's date is not right. Please ask the staff for help."),
        "unknown_category": translate("Refusal", "This service is no longer offered here. Please choose another."),
        "unknown_item": translate("Refusal", "This item is no longer offered here. Please choose another."),
        "unknown_package": translate("Refusal", "This item is no longer offered here. Please choose another."),
        "unknown_case": translate(
            "Refusal", "We cannot find this case number. Please check the number on your receipt."
        ),
        "case_not_completed": translate(
            "Refusal", "This case is not finished yet. You can rate it once it is finished."
        ),
        "already_rated": translate("Refusal", "This case has already been rated. Each case is rated once."),
        "unknown_reason": translate("Refusal", "Please choose the reasons from the list."),
        "numbers_exhausted": translate(
            "Refusal", "No more numbers can be given today for this service. Please ask the staff for help."
        ),
        "not_allowed": translate("Refusal", "This kiosk cannot do that. Please ask the staff for help."),
        "invalid": translate("Refusal", "Some of what was entered is not valid. Please check it and try again."),
    }


def refusal_text(code: str) -> str:
    """The words for a refusal's stable code; an unknown code gets a general message (and a log line)."""
    known = _messages()
    if code in known:
        return known[code]
    if code.startswith("duplicate_"):
        return translate("Refusal", "This was already recorded. Nothing more is needed.")
    log.warning("kiosk: no words for refusal code %s", code)
    return translate("Refusal", "This could not be done. Please ask the staff for help.")


def error_text(error: Exception) -> str:
    """Words for what an action raised: the hall's hours, a rule, a malformed entry, no numbers left."""
    if isinstance(error, OutsideHours):
        return ticket_refusal(error.answer, error.at)
    if isinstance(error, RuleViolation):
        return refusal_text(error.code)
    if isinstance(error, NumbersExhausted):
        return refusal_text("numbers_exhausted")
    if isinstance(error, EventError):
        return refusal_text("invalid")
    raise TypeError(f"not a refusal: {error!r}")


REFUSALS = (RuleViolation, EventError, NumbersExhausted)
"""What an action may raise that is the citizen's news, not a bug."""


def known_codes() -> list[str]:
    return sorted(_messages())
