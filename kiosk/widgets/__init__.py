"""The kiosk's building blocks: labels, buttons and tiles, the on-screen keyboard, the QR view, the
message banner and the scrolling page."""
