"""The browser seat server: a seat plays from its own device, in a browser.

It never imports Qt or the desktop app, and reaches the game only through `wargame.session`
and `wargame.seat_view` (import-linter contracts in pyproject.toml).
"""
