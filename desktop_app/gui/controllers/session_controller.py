"""The session controller: the one place where the GUI drives sign-in, sign-out and the environment.

It owns the services of the chosen environment (built by a :class:`ServicesProvider` on a worker thread),
calls the core only through :class:`~desktop_app.gui.tasks.TaskRunner`, and tells the views what happened
with plain-data signals (``SessionStatus``, an error code and its translated text). The core calls its
session listeners on whatever thread changed the session (a worker, the refresh thread): those calls are
re-emitted on the GUI thread through :class:`~desktop_app.gui.tasks.GuiCallback`.

Every services change bumps a *generation*; outcomes of tasks started for an older generation (an
environment the user has left) are dropped, and their services closed off the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.core.errors import AppError, VaultError
from desktop_app.gui.controllers.sign_in_flow import SignInFlow, SignInProgress
from desktop_app.gui.error_messages import error_code, error_text, text_for
from desktop_app.gui.tasks import GuiCallback, TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.auth.session import SessionStatus
    from desktop_app.gui.controllers.ports import (
        RefreshSchedulerPort,
        ServicesPort,
        ServicesProvider,
        SignOutReportPort,
    )

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EnvironmentInfo:
    """The environment now in use, and every environment the configuration defines (for the picker)."""

    name: str
    mode: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class VaultIssue:
    """The system keyring refused (at start-up or when saving): the code and its translated text."""

    code: str
    text: str


SchedulerFactory = Callable[["ServicesPort"], "RefreshSchedulerPort"]


def core_refresh_scheduler(services: ServicesPort) -> RefreshSchedulerPort:
    """The core's background refresher, wired to one environment's services."""
    from desktop_app.core.auth.refresh_scheduler import RefreshScheduler

    session = services.session
    return RefreshScheduler(
        services.auth.refresh_if_due, lambda: session.status, services.auth.next_refresh_at, wall_clock=time.time
    )


class SessionController(QObject):
    """Sign-in, sign-out, keyring choices and environment switching, off the GUI thread."""

    environment_loaded = Signal(object)  # EnvironmentInfo
    status_changed = Signal(object)  # SessionStatus
    ready_changed = Signal(bool)  # the environment is usable: signing in is possible
    busy_changed = Signal(bool)  # an operation runs (opening, signing in or out)
    notice = Signal(str)  # a short, translated message for the status bar
    error_occurred = Signal(str, str)  # error code, translated text
    vault_issue_changed = Signal(object)  # VaultIssue | None
    vault_busy_changed = Signal(bool)
    sign_in_waiting = Signal(object)  # SignInProgress (re-exported here for the views)
    browser_failed = Signal()
    link_copied = Signal()
    sign_in_ended = Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        provider: ServicesProvider,
        *,
        scheduler_factory: SchedulerFactory = core_refresh_scheduler,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._provider = provider
        self._scheduler_factory = scheduler_factory
        self._generation = 0
        self._services: ServicesPort | None = None
        self._scheduler: RefreshSchedulerPort | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._status: SessionStatus | None = None
        self._ready = False
        self._busy = False
        self._prepare_failed = False
        self._vault_issue: VaultIssue | None = None
        self._status_relay = GuiCallback(self._on_core_status, self)
        self._flow = SignInFlow(tasks, self)
        self._flow.waiting.connect(self.sign_in_waiting)
        self._flow.waiting.connect(self._on_waiting)
        self._flow.browser_failed.connect(self.browser_failed)
        self._flow.link_copied.connect(self.link_copied)
        self._flow.finished.connect(self._on_sign_in_finished)

    # ----------------------------------------------------------------- state (GUI thread)
    @property
    def tasks(self) -> TaskRunner:
        """The task runner, shared with the other controllers of the window."""
        return self._tasks

    @property
    def services(self) -> ServicesPort | None:
        return self._services

    @property
    def status(self) -> SessionStatus | None:
        return self._status

    @property
    def ready(self) -> bool:
        return self._ready

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def vault_issue(self) -> VaultIssue | None:
        return self._vault_issue

    @property
    def signing_in(self) -> bool:
        return self._flow.active

    # ----------------------------------------------------------------- environment
    def start(self, environment: str | None = None) -> None:
        """Build the services of ``environment`` (None: the configured default), resume, prepare."""
        self._open(environment)

    def switch_environment(self, name: str) -> None:
        if self._services is not None and self._services.env.name == name and not self._prepare_failed:
            return  # choosing the same environment again only retries one whose preparation failed
        self._open(name)

    def _open(self, environment: str | None) -> None:
        old = self._detach()
        generation = self._generation
        self._prepare_failed = False
        self._set_ready(False)
        self._set_busy(True)
        self.notice.emit(self.tr("Opening the environment…"))
        provider = self._provider

        def work() -> ServicesPort:
            if old is not None:
                _close_quietly(*old)
            return provider.open(environment)

        self._tasks.run(
            work,
            on_done=lambda services: self._attach(generation, services),
            on_error=lambda exc: self._failed(generation, exc),
            name="open-environment",
        )

    def _attach(self, generation: int, services: ServicesPort) -> None:
        if generation != self._generation:
            self._tasks.run(services.close, name="close-stale-environment")
            return
        self._services = services
        self._unsubscribe = services.session.subscribe(lambda status: self._status_relay(generation, status))
        env = services.env
        self.environment_loaded.emit(EnvironmentInfo(env.name, env.mode, tuple(services.config.environments)))
        self._on_core_status(generation, services.session.status)
        self._set_busy(False)
        self.notice.emit(self.tr("Preparing the environment…"))
        self._tasks.run(
            services.session.resume,
            on_error=lambda exc: self._resume_failed(generation, exc),
            name="resume",
        )
        provider = self._provider
        self._tasks.run(
            lambda: provider.prepare(services),
            on_done=lambda _: self._prepared(generation, services),
            on_error=lambda exc: self._prepare_error(generation, exc),
            name="prepare-environment",
        )

    def _prepared(self, generation: int, services: ServicesPort) -> None:
        if generation != self._generation:
            return
        self._scheduler = self._scheduler_factory(services)
        self._scheduler.start()
        self._set_ready(True)
        self.notice.emit(self.tr("Ready."))

    def _prepare_error(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._prepare_failed = True
            self._report(exc)

    def _resume_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, VaultError):
            self._set_vault_issue(VaultIssue(exc.code, error_text(exc)))
        else:
            self._report(exc)

    def _detach(self) -> tuple[ServicesPort, RefreshSchedulerPort | None] | None:
        """Leave the current services (GUI thread, no I/O); returns what must be closed off the GUI thread."""
        self._generation += 1
        if self._flow.cancel():
            self.sign_in_ended.emit()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        old, scheduler = self._services, self._scheduler
        self._services = self._scheduler = None
        self._set_vault_issue(None)
        return (old, scheduler) if old is not None else None

    # ----------------------------------------------------------------- sign-in
    def sign_in(self) -> None:
        """Start a browser sign-in (see :class:`SignInFlow`); the waiting dialog follows its signals."""
        services = self._services
        if services is None or not self._ready or self._busy:
            return
        self._set_busy(True)
        self.notice.emit(self.tr("Preparing the sign-in…"))
        self._flow.start(services.auth)

    def _on_waiting(self, _: SignInProgress) -> None:
        self.notice.emit(self.tr("Waiting for the sign-in in the browser…"))

    def _on_sign_in_finished(self, status: SessionStatus | None, exc: Exception | None) -> None:
        self._set_busy(False)
        self.sign_in_ended.emit()
        if exc is None:
            identity = status.identity if status is not None else None
            who = identity.display_name if identity is not None else ""
            self.notice.emit(self.tr("Signed in: {name}.").format(name=who))
        elif isinstance(exc, AppError) and exc.code == "auth.cancelled":
            self.notice.emit(self.tr("Sign-in cancelled."))
        else:
            self._report(exc)

    def cancel_sign_in(self) -> None:
        """« Annuler »: never blocks; whatever the sign-in's tasks still deliver is dropped."""
        if self._flow.cancel():
            self._set_busy(False)
            self.sign_in_ended.emit()
            self.notice.emit(self.tr("Sign-in cancelled."))

    def reopen_browser(self) -> None:
        self._flow.reopen_browser()

    def copy_link(self) -> None:
        self._flow.copy_link()

    # ----------------------------------------------------------------- sign-out
    def sign_out(self) -> None:
        """Wipe local secrets, revoke, end the IdP session in the browser (all in a task)."""
        services = self._services
        if services is None or self._busy:
            return
        generation = self._generation
        self._set_busy(True)
        self.notice.emit(self.tr("Signing out…"))
        auth = services.auth
        self._tasks.run(
            lambda: auth.sign_out(end_idp_session=True),
            on_done=lambda report: self._signed_out(generation, report),
            on_error=lambda exc: self._failed(generation, exc),
            name="sign-out",
        )

    def _signed_out(self, generation: int, report: SignOutReportPort) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        if report.idp_session_ended:
            self.notice.emit(self.tr("Signed out, also at Pro Santé Connect."))
        else:
            self.notice.emit(self.tr("Signed out: the session was wiped from this computer."))

    # ----------------------------------------------------------------- keyring choices
    def retry_vault(self) -> None:
        """« Réessayer »: save the held session again, or reload it if the keyring failed at start-up."""
        services = self._services
        if services is None:
            return
        session = services.session
        generation = self._generation

        def work() -> SessionStatus:
            return session.retry_persist() if session.status.signed_in else session.resume()

        self._vault_task(generation, work)

    def use_memory_only(self) -> None:
        """« Garder la session en mémoire uniquement »: nothing persists; the next start needs a sign-in."""
        services = self._services
        if services is not None:
            self._vault_task(self._generation, services.session.use_memory_only)

    def _vault_task(self, generation: int, work: Callable[[], SessionStatus]) -> None:
        self.vault_busy_changed.emit(True)

        def done(status: SessionStatus) -> None:
            if generation == self._generation:
                self.vault_busy_changed.emit(False)
                self._on_core_status(generation, status)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.vault_busy_changed.emit(False)
                self._resume_failed(generation, exc)

        self._tasks.run(work, on_done=done, on_error=failed, name="vault")

    # ----------------------------------------------------------------- status and errors
    def _on_core_status(self, generation: int, status: SessionStatus) -> None:
        if generation != self._generation:
            return
        self._status = status
        if self._scheduler is not None:
            self._scheduler.poke()
        if status.storage == "unsaved":
            code = status.reason or "vault.error"
            self._set_vault_issue(VaultIssue(code, text_for(code, {})))
        else:
            self._set_vault_issue(None)
        self.status_changed.emit(status)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self._report(exc)

    def _report(self, exc: Exception) -> None:
        code = error_code(exc)
        if code == "error":
            log.error("unexpected error", exc_info=exc)
        else:
            log.info("operation failed: %s", code)
        self.error_occurred.emit(code, error_text(exc))

    def _set_vault_issue(self, issue: VaultIssue | None) -> None:
        if issue != self._vault_issue:
            self._vault_issue = issue
            self.vault_issue_changed.emit(issue)

    def _set_ready(self, ready: bool) -> None:
        if ready != self._ready:
            self._ready = ready
            self.ready_changed.emit(ready)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    # ----------------------------------------------------------------- exit
    def shutdown(self) -> None:
        """Stop everything (at exit, after the window closed): sign-in, refresher, services. Blocks briefly."""
        old = self._detach()
        if old is not None:
            _close_quietly(*old)


def _close_quietly(services: ServicesPort, scheduler: RefreshSchedulerPort | None) -> None:
    """Stop the refresher, then close the services (HTTP client, sandbox): never raises."""
    try:
        if scheduler is not None:
            scheduler.stop()
        services.close()
    except Exception:
        log.exception("error while closing an environment")
