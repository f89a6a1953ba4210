"""Fixtures shared by the whole suite (real-world fixtures live in tests/support/real_world.py)."""

pytest_plugins = ["tests.support.real_world"]
