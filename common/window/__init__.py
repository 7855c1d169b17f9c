"""The window client's rules, Qt-free: what the clerk's console and the citizen-facing screen show
(``window_view``, ``queue_glance``), the clerk's session (``clerk_session``), the rating pad's timing
(``rating_pad``), calls lost to another window (``lost_calls``), the finish form's defaults
(``finish_form``) and the staff photos kept for offline use (``photo_cache``). The widgets in
``window_client`` only draw these and pass on what people do."""
