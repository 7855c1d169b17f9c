"""The window client (hall-window): clerk console and citizen-facing screen."""
