"""The hall board's rules, Qt-free: what a call sounds like and says on screen (``call_announcement``),
which calls are new and fresh enough to announce (``call_tracker``), and what the board shows
(``board_view``). ``kiosk/board`` draws them."""
