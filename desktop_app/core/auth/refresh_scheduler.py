"""Background refresh: keep the access token fresh while the app is open.

PSC access tokens live 2 minutes; the refresh token 30 minutes, and the SSO session ends after 30 minutes
idle. Refreshing shortly before each access token expires keeps the practitioner signed in for the session's
whole life (4 hours) without a call ever meeting an expired token. One daemon thread, woken early when the
session changes; network failures are retried with capped exponential back-off; a refused refresh moves the
session to ``sign_in_required`` and the scheduler waits for the next sign-in.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desktop_app.core.auth.session import SessionState, SessionStatus
from desktop_app.core.errors import AppError, SignInRequired

log = logging.getLogger(__name__)

RETRY_FIRST = 2.0
RETRY_MAX = 60.0
IDLE_WAIT = 3600.0


class RefreshScheduler:
    """Calls ``refresh_if_due`` when the access token enters its margin. ``start``/``stop`` from any thread."""

    def __init__(
        self,
        refresh_if_due: Callable[[], SessionStatus],
        status: Callable[[], SessionStatus],
        next_refresh_at: Callable[[], float | None],
        *,
        wall_clock: Callable[[], float],
    ) -> None:
        self._refresh_if_due = refresh_if_due
        self._status = status
        self._next_refresh_at = next_refresh_at
        self._now = wall_clock
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.refreshes = 0
        self.failures = 0

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="session-refresh", daemon=True)
            self._thread.start()

    def poke(self) -> None:
        """The session changed (signed in, refreshed elsewhere): recompute the next due time."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        backoff = RETRY_FIRST
        while not self._stop.is_set():
            delay = self._delay()
            self._wake.wait(delay)
            self._wake.clear()
            if self._stop.is_set():
                return
            due = self._next_refresh_at()
            if self._status().state is not SessionState.SIGNED_IN or due is None or self._now() < due:
                continue
            try:
                self._refresh_if_due()
                self.refreshes += 1
                backoff = RETRY_FIRST
            except SignInRequired:
                log.info("background refresh: sign-in required")
            except AppError as exc:
                self.failures += 1
                log.warning("background refresh failed (%s); retrying in %.0f s", exc.code, backoff)
                self._stop.wait(backoff)
                backoff = min(RETRY_MAX, backoff * 2)
            except Exception:  # never let the thread die silently
                self.failures += 1
                log.exception("background refresh crashed")
                self._stop.wait(backoff)
                backoff = min(RETRY_MAX, backoff * 2)

    def _delay(self) -> float:
        if self._status().state is not SessionState.SIGNED_IN:
            return IDLE_WAIT
        due = self._next_refresh_at()
        if due is None:
            return IDLE_WAIT
        return max(0.0, due - self._now())
