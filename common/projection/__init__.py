"""The fold: pure functions that turn the event log into the state of the queue, windows, visits,
cases and ratings. The same code runs on every device and on the central store."""
