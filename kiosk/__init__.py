"""The self-service kiosk (hall-kiosk)."""
