"""Opens the authorization URL in the system browser (RFC 8252 §4: the user agent is the browser).

Python's :mod:`webbrowser` chooses the program, so the ``BROWSER`` environment variable (a list of
commands separated by :data:`os.pathsep`) overrides the desktop default: kiosks and tests supply their own
user agent that way. webbrowser's ``GenericBrowser`` — the one ``BROWSER`` selects — *waits for the program
to exit*, so the launch runs on a daemon thread and reports back through ``on_result``: ``False`` lets the
UI offer « Copier le lien » instead.

The URL carries ``state``, the PKCE challenge and the nonce: it is never logged beyond its path.
"""

from __future__ import annotations

import logging
import threading
import webbrowser
from collections.abc import Callable
from urllib.parse import urlsplit

from desktop_app.core.errors import AuthFlowError

_log = logging.getLogger(__name__)

_ALLOWED_SCHEMES = ("https", "http")


class BrowserLauncher:
    """Starts the system browser on a URL without blocking the caller."""

    def open(self, url: str, on_result: Callable[[bool], None] | None = None) -> None:
        """Open ``url`` on a daemon thread; ``on_result(started)`` is called on that thread.

        Raises :class:`AuthFlowError` (``auth.browser_url_invalid``) at once for anything but an absolute
        http(s) URL: a value starting with ``-`` or another scheme (``file:``, ``javascript:``) must never
        reach a browser command line.
        """
        where = _safe_to_log(url)
        thread = threading.Thread(
            target=self._launch, args=(url, where, on_result), name="browser-launcher", daemon=True
        )
        thread.start()

    def _launch(self, url: str, where: str, on_result: Callable[[bool], None] | None) -> None:
        _log.info("opening the system browser on %s", where)
        try:
            started = webbrowser.open(url, new=2)
        except (webbrowser.Error, OSError) as exc:
            _log.warning("no browser could be started (%s)", type(exc).__name__)
            started = False
        else:
            if not started:
                _log.warning("no browser could be started (none found, or the BROWSER command failed)")
        if on_result is None:
            return
        try:
            on_result(started)
        except Exception:
            _log.exception("the browser launch result handler failed")


def _safe_to_log(url: str) -> str:
    """Validate ``url`` and return its scheme, host and path: the query string stays out of the logs."""
    parts = urlsplit(url)
    if (
        parts.scheme.lower() not in _ALLOWED_SCHEMES
        or not parts.netloc
        or any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url)
    ):
        raise AuthFlowError(
            "refusing to open a URL that is not an absolute http(s) URL",
            code="auth.browser_url_invalid",
            scheme=parts.scheme[:20],
        )
    return f"{parts.scheme}://{parts.netloc}{parts.path}"
