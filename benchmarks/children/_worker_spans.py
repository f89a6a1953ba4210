"""When the API console's worker functions ran, to tell which work a GUI-thread stall overlapped.

A worker thread inside one long C call (``json.loads``, a PBKDF2 in ``cryptography``) holds the GIL, and the GUI
thread waits for it as surely as for its own work: the stall measure attributes each long stall to the work
it overlapped. The wrappers are installed by the benchmark's child, never by the app.
"""

from __future__ import annotations

import gc
import json
import threading
import time
import types
from collections.abc import Callable
from typing import Any

from desktop_app.gui.controllers import api_call, api_console_controller

#: The console's worker functions (and the core's, for the first call) as they ran: name, thread, start, end,
#: and how many garbage collections of each generation completed meanwhile (in any thread: a collection holds
#: the GIL wherever it runs). Counted with ``gc.get_stats()`` before and after, NOT with ``gc.callbacks``: a
#: callback runs Python code inside the collection, which lets the GIL switch threads there and so shortens
#: the very stall being measured.
SPANS: list[dict[str, Any]] = []


def _collections() -> list[int]:
    return [generation["collections"] for generation in gc.get_stats()]


def spanned(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        collections, start = _collections(), time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            end = time.perf_counter()
            SPANS.append(
                {
                    "name": name,
                    "thread": threading.current_thread().name,
                    "start": start,
                    "end": end,
                    "gc": [after - before for after, before in zip(_collections(), collections, strict=True)],
                }
            )

    return wrapper


def install_console_wrappers() -> None:
    # The controller imported perform_call by name; api_call looks its helpers up at call time.
    api_console_controller.perform_call = spanned("perform_call", api_console_controller.perform_call)  # type: ignore[attr-defined]
    api_call._record = spanned("record", api_call._record)
    api_call._display_text = spanned("display_text", api_call._display_text)
    # api_call's own view of the json module, with json.loads timed (the stdlib module itself is untouched).
    timed_json = types.ModuleType("json")
    timed_json.__dict__.update(json.__dict__)
    timed_json.loads = spanned("json.loads", json.loads)  # type: ignore[attr-defined]
    api_call.json = timed_json  # type: ignore[attr-defined]


def install_core_wrappers() -> None:
    """Once the services are built (their modules imported by a worker, as in the app): the PKCS#12 decryption,
    the token exchange and the TLS context of the first call."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    from desktop_app.core.api.token_exchange import TokenExchanger
    from desktop_app.core.tls import pkcs12 as app_pkcs12

    pkcs12.load_key_and_certificates = spanned("pkcs12.load_key_and_certificates", pkcs12.load_key_and_certificates)
    app_pkcs12._context_with = spanned("pkcs12 TLS context", app_pkcs12._context_with)
    TokenExchanger._exchange = spanned("token exchange", TokenExchanger._exchange)  # type: ignore[method-assign]
