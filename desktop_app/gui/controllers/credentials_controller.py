"""The credentials controller: which client certificates exist, which one is used, what the cards hold.

It follows the session controller's services (one environment at a time) and calls the core only through
:class:`~desktop_app.gui.tasks.TaskRunner`: reading a certificate (a file, or a token through the PKCS#11
thread), listing cards and choosing the active credential are I/O, so none of it runs on the GUI thread.
The views receive plain data (:class:`CredentialEntry`, :class:`CertificateState`, :class:`CardListing`).

A .p12 imported from the GUI is remembered across runs in ``QSettings`` (its path only, never a password:
the password is asked by the PIN/password dialog when the file is opened) and added again to the credential
set of every environment opened later. Outcomes of tasks started for services the user has since left are
dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from desktop_app.gui.controllers.credential_listing import (
    IMPORTED_KEY,
    CardListing,
    CertificateState,
    CredentialEntry,
    add_imported,
    add_p12,
    list_cards,
    list_entries,
    read_imported,
)
from desktop_app.gui.error_messages import error_code, error_text
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.gui.controllers.ports import ServicesPort
    from desktop_app.gui.controllers.session_controller import SessionController

log = logging.getLogger(__name__)

SettingsFactory = Callable[[], QSettings]
CardLister = Callable[["ServicesPort"], tuple[CardListing, ...]]


class CredentialsController(QObject):
    """Lists, reads and chooses credentials; imports .p12 files; lists cards. GUI thread only.

    Lazy: nothing happens before :meth:`start` (the « Certificats » page calls it when first shown), so that
    opening the app never reads certificate files or loads a PKCS#11 module the user does not look at.
    """

    credentials_changed = Signal(object)  # tuple[CredentialEntry, ...]
    active_changed = Signal(object)  # str | None
    certificate_changed = Signal(object)  # CertificateState
    cards_listed = Signal(object)  # tuple[CardListing, ...]
    cards_busy = Signal(bool)
    notice = Signal(str)
    error_occurred = Signal(str, str)  # code, translated text

    def __init__(
        self,
        tasks: TaskRunner,
        session: SessionController,
        *,
        settings: SettingsFactory = QSettings,
        card_lister: CardLister | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``settings`` opens the QSettings where imported paths are kept (tests pass a file of their own);
        ``card_lister`` lists the PKCS#11 modules' tokens on a worker (default: the core's ``list_tokens``)."""
        super().__init__(parent)
        self.card_lister: CardLister = card_lister or list_cards
        self._tasks = tasks
        self._session = session
        self._settings = settings
        self._services: ServicesPort | None = None
        self._entries: tuple[CredentialEntry, ...] = ()
        self._active: str | None = None
        self._certificates: dict[str, CertificateState] = {}
        self._started = False
        session.environment_loaded.connect(lambda _: self._follow(session.services))

    def start(self) -> None:
        """Begin listing (when the page is first shown): until then nothing is read, not even a file."""
        if not self._started:
            self._started = True
            self._follow(self._session.services)

    # ----------------------------------------------------------------- state (GUI thread)
    @property
    def entries(self) -> tuple[CredentialEntry, ...]:
        return self._entries

    @property
    def active(self) -> str | None:
        return self._active

    def certificate(self, name: str) -> CertificateState | None:
        return self._certificates.get(name)

    # ----------------------------------------------------------------- loading
    def _follow(self, services: ServicesPort | None) -> None:
        """New services (an environment was opened): re-add the imported files, list, read the certificates."""
        if not self._started:
            return
        self._services = services
        self._entries, self._active, self._certificates = (), None, {}
        self.credentials_changed.emit(self._entries)
        self.active_changed.emit(None)
        if services is None:
            return
        settings = self._settings

        def work() -> tuple[tuple[CredentialEntry, ...], str | None]:
            add_imported(services, read_imported(settings()))
            return list_entries(services, read_imported(settings())), services.active_credential

        self._run(services, work, self._listed, name="list-credentials")

    def reload(self) -> None:
        """« Actualiser »: list again and re-read every certificate."""
        services = self._services
        if services is not None:
            settings = self._settings
            self._run(
                services,
                lambda: (list_entries(services, read_imported(settings())), services.active_credential),
                self._listed,
                name="list-credentials",
            )

    def _listed(self, outcome: tuple[tuple[CredentialEntry, ...], str | None]) -> None:
        self._entries, self._active = outcome
        self.credentials_changed.emit(self._entries)
        self.active_changed.emit(self._active)
        for entry in self._entries:
            self.read_certificate(entry.name)

    def read_certificate(self, name: str) -> None:
        services = self._services
        if services is None:
            return
        credentials = services.credentials

        def work() -> CertificateState:
            return CertificateState(name, credentials.get(name).certificate())

        def failed(exc: Exception) -> None:
            if services is self._services:
                self._store(CertificateState(name, None, error_code(exc), error_text(exc)))

        self._run(services, work, self._store, name="read-certificate", on_error=failed)

    def _store(self, state: CertificateState) -> None:
        self._certificates[state.name] = state
        self.certificate_changed.emit(state)

    def unlock(self, name: str) -> None:
        """« Déverrouiller… »: open the credential (its password or PIN is asked by the dialog), then read it.

        A PKCS#12 file usually encrypts its certificate too, so its details can only be shown once unlocked;
        the TLS context built on the way is the one API calls use next (cached by the credential).
        """
        services = self._services
        if services is None:
            return
        credentials, ca_bundle = services.credentials, services.env.ca_bundle

        def work() -> None:
            credentials.get(name).ssl_context(ca_bundle)

        def unlocked(_: None) -> None:
            self.notice.emit(self.tr("Certificate unlocked: {name}.").format(name=name))
            self.read_certificate(name)

        self._run(services, work, unlocked, name="unlock-credential")

    # ----------------------------------------------------------------- choosing, importing, removing
    def choose(self, name: str) -> None:
        """Use ``name`` for the API calls of this session (« Utiliser ce certificat »)."""
        services = self._services
        if services is None or name == self._active:
            return

        def work() -> str | None:
            services.choose_credential(name)
            return services.active_credential

        def chosen(active: str | None) -> None:
            self._active = active
            self.active_changed.emit(active)
            self.notice.emit(self.tr("Certificate in use: {name}.").format(name=active or ""))

        self._run(services, work, chosen, name="choose-credential")

    def import_p12(self, path: str) -> None:
        """Add a PKCS#12 file to the set and remember its path (never its password) for the next runs."""
        services = self._services
        if services is None:
            return
        settings = self._settings
        file = Path(path)

        def work() -> str:
            from desktop_app.core.errors import CredentialError

            if not file.is_file():
                raise CredentialError("the chosen file does not exist", code="credential.not_found", file=str(file))
            store = settings()
            known = read_imported(store)
            name = add_p12(services, file)
            if str(file) not in known:
                store.setValue(IMPORTED_KEY, [*known, str(file)])
                store.sync()
            return name

        def imported(name: str) -> None:
            self.notice.emit(self.tr("Certificate file imported: {name}.").format(name=name))
            self.reload()

        self._run(services, work, imported, name="import-p12")

    def remove(self, name: str) -> None:
        """Forget an imported file (the configured credentials stay: they belong to the configuration file)."""
        services = self._services
        entry = next((e for e in self._entries if e.name == name), None)
        if services is None or entry is None or not entry.imported or name == self._active:
            return
        settings = self._settings

        def work() -> None:
            store = settings()
            store.setValue(IMPORTED_KEY, [p for p in read_imported(store) if p != entry.source])
            store.sync()
            services.credentials.remove(name)

        self._run(services, work, lambda _: self.reload(), name="remove-credential")

    # ----------------------------------------------------------------- cards
    def refresh_cards(self) -> None:
        """« Actualiser les cartes »: list slots, tokens and certificates of each PKCS#11 module, PIN-less."""
        services = self._services
        if services is None:
            return
        self.cards_busy.emit(True)

        def done(listings: tuple[CardListing, ...]) -> None:
            self.cards_busy.emit(False)
            self.cards_listed.emit(listings)

        def failed(exc: Exception) -> None:
            self.cards_busy.emit(False)
            self._report(exc)

        lister = self.card_lister
        self._run(services, lambda: lister(services), done, name="list-cards", on_error=failed)

    # ----------------------------------------------------------------- plumbing
    def _run(
        self,
        services: ServicesPort,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        *,
        name: str,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``work`` in a task; its outcome is dropped if the services changed in the meantime."""

        def deliver(result: Any) -> None:
            if services is self._services:
                done(result)

        def fail(exc: Exception) -> None:
            if services is not self._services:
                return
            if on_error is not None:
                on_error(exc)
            else:
                self._report(exc)

        self._tasks.run(work, on_done=deliver, on_error=fail, name=name)

    def _report(self, exc: Exception) -> None:
        code = error_code(exc)
        log.info("credential operation failed: %s", code)
        self.error_occurred.emit(code, error_text(exc))
