"""Supervision and assessment (clauses 6 and 7): web users, the bad-rating workflow, the live hall view,
reports, the assessment report and the public results page, served by ``hall-central``."""
