"""Refusals in plain words. The rules refuse with stable codes (``RuleViolation.code``, the central store's
refusal codes); the console and the citizen screen say what happened and what to do, in the screen's
language. A code without words of its own still gets a sentence, never a stack trace."""

from __future__ import annotations

from common.ui.i18n import translate


def refusal_text(code: str, **facts: object) -> str:
    """What to tell a clerk for ``code``; ``facts`` fill in numbers (number, window, staff, left, field)."""
    words = {
        # signing in
        "wrong_pin": translate("Refusals", "Staff number or PIN is wrong. {left} attempts left."),
        "locked": translate(
            "Refusals", "Too many wrong PINs for {staff} today. Ask the hall manager, or sign in tomorrow."
        ),
        "unknown_staff": translate("Refusals", "{staff} is not in the hall's staff list."),
        "staff_on_duty_elsewhere": translate("Refusals", "{staff} is on duty at another window: sign out there first."),
        "same_staff": translate("Refusals", "{staff} is already on duty at this window."),
        "staff_not_on_duty": translate("Refusals", "The clerk who did this is no longer on duty here."),
        # the window
        "window_closed": translate("Refusals", "This window is closed: sign in to open it."),
        "window_open": translate("Refusals", "This window is already open; sign in to take it over."),
        "window_paused": translate("Refusals", "The window is paused: resume before calling."),
        "window_not_paused": translate("Refusals", "The window is not paused."),
        "window_busy": translate("Refusals", "Finish, transfer or mark {number} as no-show first."),
        "return_in_past": translate("Refusals", "The expected return must be later than now."),
        "pause_too_long": translate("Refusals", "A pause is at most 4 hours; for longer, hand the window over."),
        "reason_needed": translate("Refusals", "Choose why the window pauses."),
        "unknown_window": translate("Refusals", "The hall has no window {window}."),
        # calling
        "nothing_called": translate("Refusals", "No number is called at this window."),
        "not_serving": translate("Refusals", "Nobody is being served at this window."),
        "nobody_waiting": translate("Refusals", "Nobody is waiting for this window."),
        "ticket_taken": translate("Refusals", "{number} was already called to another window."),
        "ticket_not_waiting": translate("Refusals", "{number} is no longer waiting."),
        "ticket_for_other_window": translate("Refusals", "{number} was sent to another window."),
        "category_not_served": translate("Refusals", "This window does not serve {number}'s category."),
        "old_ticket": translate("Refusals", "{number} is from another day."),
        "unknown_ticket": translate("Refusals", "There is no ticket {number} today."),
        "not_no_show": translate("Refusals", "{number} is not a no-show: only a no-show goes back in line."),
        "not_at_this_window": translate("Refusals", "{number} is not at this window any more."),
        "outside_hours": translate("Refusals", "Outside the hall's hours: no calling now."),
        "lunch_break": translate("Refusals", "Lunch break: this window has no lunch duty."),
        "recall_limit": translate("Refusals", "{number} was called the most times allowed: mark it as no-show."),
        "unknown_category": translate("Refusals", "The hall has no such category."),
        # finishing
        "items_needed": translate("Refusals", "Choose the item(s) handled."),
        "too_many_items": translate("Refusals", "At most 10 items per visit."),
        "promised_date_needed": translate("Refusals", "A promised case needs its promised date."),
        "promised_date_past": translate("Refusals", "The promised date is in the past."),
        "materials_needed": translate("Refusals", "Tick at least one missing material."),
        "bad_case_number": translate("Refusals", "A case number has 6 to 40 letters, digits or dashes."),
        "unknown_item": translate("Refusals", "An item is not in the catalogue any more."),
        "unknown_package": translate("Refusals", "The package is not in the catalogue any more."),
        "unknown_case": translate("Refusals", "There is no such case to add this visit to."),
        "case_completed": translate("Refusals", "That case is already completed."),
        "visit_not_open": translate("Refusals", "This visit is no longer in progress here."),
        "unknown_visit": translate("Refusals", "That visit is not known here."),
        # ratings
        "already_rated": translate("Refusals", "This visit has already been rated: one rating per visit."),
        "already_skipped": translate("Refusals", "This visit is already recorded as not rated."),
        "rating_closed": translate("Refusals", "This visit was recorded as not rated; it cannot be rated now."),
        "visit_not_finished": translate("Refusals", "The visit is not finished yet."),
        "unknown_reason": translate("Refusals", "That reason is not on the hall's list."),
        "bad_contact": translate("Refusals", "Please enter a mobile number, or a landline with its area code."),
        # help requests
        "help_taken": translate("Refusals", "Another window already took this help request."),
        "help_resolved": translate("Refusals", "This help request is already resolved."),
        "unknown_help": translate("Refusals", "That help request is not known here."),
        # the device
        "not_allowed": translate("Refusals", "This device may not do that."),
        "wrong_hall": translate("Refusals", "This device belongs to another hall."),
        "invalid": translate("Refusals", "Please check {field}."),
    }
    template = words.get(code) or translate("Refusals", "Not done ({code}).")
    values = {"number": "", "window": "", "staff": "", "left": "", "field": "", "code": code} | facts
    return template.format(**values)
