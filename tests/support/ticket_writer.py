"""A kiosk that issues tickets as fast as it can and reports each one on stdout once it is issued.

Run as ``python -m tests.support.ticket_writer STORE``; the crash-safety test kills it with SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from common import kiosk_actions as kiosk
from common.device import Device, Identity
from common.projection.admission import DeviceKind
from tests.support.halls import small_hall


def main() -> None:
    path = Path(sys.argv[1])
    bundle = small_hall()
    if path.exists():
        device = Device.open(path)
    else:
        device = Device.create(path, Identity("kiosk-1", bundle.hall_id, DeviceKind.KIOSK, slot=1), bundle)
        for c in "ABC":
            device.store.add_lease(c, device.today(), 1, 400)
    out = sys.stdout
    out.write("READY\n")
    out.flush()
    while True:
        receipt = kiosk.issue_ticket(device, "ABC"[len(device.state.tickets) % 3])
        out.write(f"ISSUED {receipt.ticket_id} {receipt.number}\n")
        out.flush()


if __name__ == "__main__":
    main()
