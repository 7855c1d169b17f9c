"""The kiosk's screens, one file each; ``kiosk_screen.KioskScreen`` is what they share."""
