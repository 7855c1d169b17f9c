"""The kiosk's rules that need no screen: which appointment times are offered, what a case lookup shows,
the fixed choices of the help and "could not get it done" forms, reporting a printer fault to staff."""
