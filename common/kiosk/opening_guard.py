"""The kiosk's door to the hall's hours (``common/opening_rules.py``): a walk-in number only within opening
hours, an appointment check-in within them or during its extended-service slot. The kiosk's screens and
its control channel ask here before they issue anything; a refusal raises ``OutsideHours`` and writes
nothing. Every other kiosk service works around the clock (clause 5.3.4.9)."""

from __future__ import annotations

from common.device import Device
from common.opening_rules import require_check_in_hours, require_ticket_hours


def check_ticket_hours(device: Device) -> None:
    """Raise ``OutsideHours`` unless the kiosk may issue a queue number now."""
    require_ticket_hours(device.bundle.config, device.now())


def check_check_in_hours(device: Device, code: str) -> None:
    """Raise ``OutsideHours`` unless the appointment ``code`` may check in now. An unknown code passes:
    the check-in itself refuses it in its own words."""
    appointment = device.state.appointments.get(code.strip().upper())
    if appointment is not None:
        require_check_in_hours(device.bundle.config, appointment.category, device.now())
