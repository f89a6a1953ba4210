"""The embedded sandbox: a Pro Santé Connect look-alike on 127.0.0.1, offline, with a test PKI.

It is the other side of the wire and never imports ``desktop_app.core`` (an import-linter contract enforces it):
a protocol bug shared by client and server would otherwise pass every test. See docs/sandbox.md.

Names are loaded on first use (PEP 562): describing the sandbox (``describe``, ``SandboxSettings``) must not
import its server stack (uvicorn, starlette, authlib's server), which the app only needs when it starts one.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.sandbox.console import run_foreground
    from desktop_app.sandbox.errors import SandboxError
    from desktop_app.sandbox.probe import is_running
    from desktop_app.sandbox.runner import PORTS_USED, SandboxHandle, prepare, start_in_thread
    from desktop_app.sandbox.settings import (
        SANDBOX_P12_PASSWORD,
        SandboxSettings,
        describe,
        describe_credentials,
        describe_environments,
        softhsm_conf,
    )
    from desktop_app.sandbox.softcard import CardInfo, init_card
    from desktop_app.sandbox.softhsm import SANDBOX_CARD_PIN
    from desktop_app.sandbox.stats import SandboxStats

_WHERE = {
    "run_foreground": "console",
    "SandboxError": "errors",
    "is_running": "probe",
    "PORTS_USED": "runner",
    "SandboxHandle": "runner",
    "prepare": "runner",
    "start_in_thread": "runner",
    "SANDBOX_P12_PASSWORD": "settings",
    "SandboxSettings": "settings",
    "describe": "settings",
    "describe_credentials": "settings",
    "describe_environments": "settings",
    "softhsm_conf": "settings",
    "CardInfo": "softcard",
    "init_card": "softcard",
    "SANDBOX_CARD_PIN": "softhsm",
    "SandboxStats": "stats",
}

__all__ = [
    "PORTS_USED",
    "SANDBOX_CARD_PIN",
    "SANDBOX_P12_PASSWORD",
    "CardInfo",
    "SandboxError",
    "SandboxHandle",
    "SandboxSettings",
    "SandboxStats",
    "describe",
    "describe_credentials",
    "describe_environments",
    "init_card",
    "is_running",
    "prepare",
    "run_foreground",
    "softhsm_conf",
    "start_in_thread",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
