"""The embedded sandbox: a Pro Santé Connect look-alike on 127.0.0.1, offline, with a test PKI.

It is the other side of the wire and never imports ``desktop_app.core`` (an import-linter contract enforces it):
a protocol bug shared by client and server would otherwise pass every test. See docs/sandbox.md.
"""

from desktop_app.sandbox.console import run_foreground
from desktop_app.sandbox.errors import SandboxError
from desktop_app.sandbox.probe import is_running
from desktop_app.sandbox.runner import SandboxHandle, prepare, start_in_thread
from desktop_app.sandbox.settings import SandboxSettings, describe

__all__ = [
    "SandboxError",
    "SandboxHandle",
    "SandboxSettings",
    "describe",
    "is_running",
    "prepare",
    "run_foreground",
    "start_in_thread",
]
