"""Test support shared across the suite: programs and helpers that stand in for the outside world.

``scripted_browser.py`` is the user agent (installed as ``BROWSER``); it is a standalone stdlib script, run as a
program rather than imported.
"""
