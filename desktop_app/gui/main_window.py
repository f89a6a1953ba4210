"""The main window: assembles the views and wires them to the controllers. No business logic.

Two phases, for cold start (practitioners open the app between two patients): the window is created and
painted as a bare frame saying « Chargement… », with nothing but QtWidgets imported; :meth:`attach` then
builds the views (importing them only then) and connects them to the controller, right after that first
paint, while the services are still being built in the background. From then on, what is on screen follows
the controllers' signals only: the environment, the session status (who, until when), the banners (session
over, keyring refused, last error) and the status bar.

Three pages: « Session » (first, what the app is about), « Certificats » and « Console API ». The last two are
built when first opened: their modules, and the certificate files and cards they read, cost nothing to a
practitioner who only signs in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QScrollArea, QVBoxLayout, QWidget

from desktop_app.gui.error_messages import text_for

if TYPE_CHECKING:
    from desktop_app.core.auth.session import SessionStatus
    from desktop_app.gui.controllers.api_call import CallRecord
    from desktop_app.gui.controllers.api_console_controller import ApiConsoleController
    from desktop_app.gui.controllers.credentials_controller import CredentialsController
    from desktop_app.gui.controllers.session_controller import EnvironmentInfo, SessionController, VaultIssue
    from desktop_app.gui.controllers.sign_in_flow import SignInProgress
    from desktop_app.gui.views.api_console_page import ApiConsolePage
    from desktop_app.gui.views.banners import ErrorBanner, KeyringBanner, SignInRequiredBanner
    from desktop_app.gui.views.credentials_page import CredentialsPage
    from desktop_app.gui.views.header_bar import HeaderBar
    from desktop_app.gui.views.identity_card import IdentityCard
    from desktop_app.gui.views.session_panel import SessionPanel
    from desktop_app.gui.views.sign_in_dialog import SignInDialog

NOTICE_MS = 8000
SESSION_PAGE, CREDENTIALS_PAGE, CONSOLE_PAGE = range(3)


class MainWindow(QMainWindow):
    """Header, banners, identity card and session panel, status bar (built by :meth:`attach`)."""

    first_painted = Signal()

    def __init__(self, controller: SessionController | None = None, parent: QWidget | None = None) -> None:
        """A bare frame until :meth:`attach`; given a controller, it is attached at once (as tests do)."""
        super().__init__(parent)
        self._painted = False
        self.setWindowTitle(self.tr("Pro Santé Connect — reference client"))
        self.resize(880, 680)
        loading = QLabel(self.tr("Loading…"))
        loading.setMargin(24)
        self.setCentralWidget(loading)
        self.statusBar().showMessage(self.tr("Loading…"))
        if controller is not None:
            self.attach(controller)

    @property
    def attached(self) -> bool:
        return hasattr(self, "controller")

    def attach(self, controller: SessionController) -> None:
        """Build the views and wire them to ``controller`` (once)."""
        from PySide6.QtCore import Qt

        from desktop_app.gui.controllers.api_console_controller import ApiConsoleController
        from desktop_app.gui.controllers.credentials_controller import CredentialsController
        from desktop_app.gui.views.banners import ErrorBanner, KeyringBanner, SignInRequiredBanner
        from desktop_app.gui.views.header_bar import HeaderBar
        from desktop_app.gui.views.identity_card import IdentityCard
        from desktop_app.gui.views.session_panel import SessionPanel
        from desktop_app.gui.views.sign_in_dialog import SignInDialog

        if self.attached:
            raise RuntimeError("the main window is already attached to a controller")
        self.controller = controller
        self.header: HeaderBar = HeaderBar()
        self.sign_in_required_banner: SignInRequiredBanner = SignInRequiredBanner()
        self.keyring_banner: KeyringBanner = KeyringBanner()
        self.error_banner: ErrorBanner = ErrorBanner()
        self.signed_out_label = QLabel(
            self.tr(
                "You are not signed in. Choose « Sign in » to identify yourself with Pro Santé Connect "
                "(CPS card or e-CPS) in your web browser."
            )
        )
        self.signed_out_label.setWordWrap(True)
        self.signed_out_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signed_out_label.setProperty("role", "card")
        self.signed_out_label.setMargin(24)
        self.identity_card: IdentityCard = IdentityCard()
        self.session_panel: SessionPanel = SessionPanel()
        self.sign_in_dialog: SignInDialog = SignInDialog(self)
        self.credentials_controller: CredentialsController = CredentialsController(controller.tasks, controller)
        self.console_controller: ApiConsoleController = ApiConsoleController(controller.tasks, controller)
        self._credentials_page: CredentialsPage | None = None
        self._console_page: ApiConsolePage | None = None

        self.setCentralWidget(self._layout())
        self._connect()
        self._render_status(controller.status)

    def _layout(self) -> QWidget:
        from PySide6.QtCore import Qt  # the Qt namespace alone costs ~10 ms to create: not before the first paint
        from PySide6.QtWidgets import QTabWidget

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(16, 12, 16, 12)
        body_layout.setSpacing(10)
        body_layout.addWidget(self.signed_out_label)
        columns = QHBoxLayout()
        columns.addWidget(self.identity_card, 3)
        columns.addWidget(self.session_panel, 2, Qt.AlignmentFlag.AlignTop)
        body_layout.addLayout(columns)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("&Session"))
        self._page_slots: dict[int, QVBoxLayout] = {}
        for index, title in ((CREDENTIALS_PAGE, self.tr("&Certificates")), (CONSOLE_PAGE, self.tr("&API console"))):
            slot = QWidget()
            slot_layout = QVBoxLayout(slot)
            slot_layout.setContentsMargins(0, 0, 0, 0)
            self._page_slots[index] = slot_layout
            self.tabs.insertTab(index, slot, title)
        self.tabs.currentChanged.connect(self._ensure_page)

        banners = QWidget()
        banners_layout = QVBoxLayout(banners)  # above the pages: they concern the session, whatever the page
        banners_layout.setContentsMargins(16, 8, 16, 0)
        banners_layout.setSpacing(6)
        for banner in (self.error_banner, self.sign_in_required_banner, self.keyring_banner):
            banners_layout.addWidget(banner)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(banners)
        layout.addWidget(self.tabs, 1)
        return central

    # ----------------------------------------------------------------- pages built on first use
    def show_page(self, index: int) -> None:
        """Bring page ``index`` (``SESSION_PAGE``, ``CREDENTIALS_PAGE``, ``CONSOLE_PAGE``) to the front."""
        self.tabs.setCurrentIndex(index)
        self._ensure_page(index)

    @property
    def credentials_page(self) -> CredentialsPage:
        if self._credentials_page is None:
            self._credentials_page = self._build_credentials_page()
            self._page_slots[CREDENTIALS_PAGE].addWidget(self._credentials_page)
            self.credentials_controller.start()
        return self._credentials_page

    @property
    def console_page(self) -> ApiConsolePage:
        if self._console_page is None:
            self._console_page = self._build_console_page()
            self._page_slots[CONSOLE_PAGE].addWidget(self._console_page)
        return self._console_page

    def _ensure_page(self, index: int) -> None:
        if index == CREDENTIALS_PAGE:
            _ = self.credentials_page
        elif index == CONSOLE_PAGE:
            _ = self.console_page

    def _build_credentials_page(self) -> CredentialsPage:
        from desktop_app.gui.views.credentials_page import CredentialsPage

        page = CredentialsPage()
        c = self.credentials_controller
        page.choose_requested.connect(c.choose)
        page.import_requested.connect(c.import_p12)
        page.remove_requested.connect(c.remove)
        page.unlock_requested.connect(c.unlock)
        page.reload_requested.connect(c.reload)
        page.refresh_cards_requested.connect(c.refresh_cards)
        c.credentials_changed.connect(page.show_entries)
        c.active_changed.connect(page.show_active)
        c.certificate_changed.connect(page.show_certificate_state)
        c.cards_listed.connect(page.show_cards)
        c.cards_busy.connect(page.set_cards_busy)
        c.notice.connect(lambda text: self.statusBar().showMessage(text, NOTICE_MS))
        c.error_occurred.connect(self.error_banner.show_error)
        page.show_entries(c.entries)
        page.show_active(c.active)
        return page

    def _build_console_page(self) -> ApiConsolePage:
        from desktop_app.gui.views.api_console_page import ApiConsolePage

        page = ApiConsolePage()
        c = self.console_controller
        page.send_requested.connect(c.send)
        page.example_requested.connect(lambda: page.reset_example(c.example_body()))
        page.sign_in_requested.connect(self._sign_in)
        c.apis_changed.connect(page.show_apis)
        c.apis_changed.connect(lambda _: self._refresh_console_context())
        c.busy_changed.connect(page.set_busy)
        c.progress.connect(page.show_progress)
        c.history_changed.connect(page.show_history)
        c.call_finished.connect(page.show_record)
        c.call_finished.connect(self._on_call_finished)
        self.credentials_controller.active_changed.connect(lambda _: self._refresh_console_context())
        self.controller.status_changed.connect(lambda _: self._refresh_console_context())
        page.show_apis(c.api_names())
        page.show_history(c.history)
        self._refresh_console_context(page)
        return page

    def _refresh_console_context(self, page: ApiConsolePage | None = None) -> None:
        """The console's example body and credential label follow the session and the chosen certificate."""
        page = page or self._console_page
        if page is None:
            return
        services = self.controller.services
        page.show_credential(services.active_credential if services is not None else None)
        page.show_example(self.console_controller.example_body())

    def _on_call_finished(self, record: CallRecord) -> None:
        text = self.tr("API call finished: HTTP {status}.") if record.status is not None else ""
        self.statusBar().showMessage(
            text.format(status=record.status) if text else self.tr("API call failed."), NOTICE_MS
        )

    def _connect(self) -> None:
        c = self.controller
        self.header.environment_chosen.connect(c.switch_environment)
        self.header.sign_in_requested.connect(self._sign_in)
        self.header.sign_out_requested.connect(c.sign_out)
        self.sign_in_required_banner.sign_in_requested.connect(self._sign_in)
        self.keyring_banner.retry_requested.connect(c.retry_vault)
        self.keyring_banner.memory_only_requested.connect(c.use_memory_only)
        self.sign_in_dialog.cancel_requested.connect(c.cancel_sign_in)
        self.sign_in_dialog.reopen_requested.connect(c.reopen_browser)
        self.sign_in_dialog.copy_requested.connect(c.copy_link)

        c.environment_loaded.connect(self._on_environment)
        c.status_changed.connect(self._render_status)
        c.ready_changed.connect(lambda _: self._update_buttons())
        c.busy_changed.connect(lambda _: self._update_buttons())
        c.notice.connect(lambda text: self.statusBar().showMessage(text, NOTICE_MS))
        c.error_occurred.connect(self.error_banner.show_error)
        c.vault_issue_changed.connect(self._on_vault_issue)
        c.vault_busy_changed.connect(self.keyring_banner.set_waiting)
        c.sign_in_waiting.connect(self._on_sign_in_waiting)
        c.browser_failed.connect(self.sign_in_dialog.show_browser_failed)
        c.link_copied.connect(self.sign_in_dialog.show_copied)
        c.sign_in_ended.connect(self.sign_in_dialog.finish)

    def _sign_in(self) -> None:
        self.error_banner.hide()
        self.controller.sign_in()

    def _on_environment(self, info: EnvironmentInfo) -> None:
        self.header.set_environments(list(info.names), info.name)
        self.header.set_mode(info.mode)
        self.error_banner.hide()
        self._update_buttons()

    def _on_sign_in_waiting(self, progress: SignInProgress) -> None:
        self.sign_in_dialog.start(progress.deadline)

    def _on_vault_issue(self, issue: VaultIssue | None) -> None:
        if issue is None:
            self.keyring_banner.hide()
        else:
            self.keyring_banner.show_problem(issue.text)
        self._render_storage()

    def _render_storage(self) -> None:
        status = self.controller.status
        storage = status.storage if status is not None else ""
        if storage == "keyring" and self.controller.vault_issue is not None:
            storage = "unavailable"  # the keyring failed at start-up: nothing could be read or saved yet
        self.header.set_storage(storage)

    def _render_status(self, status: SessionStatus | None) -> None:
        state = status.state if status is not None else "signed_out"
        signed_in = state == "signed_in"
        ended = state == "sign_in_required"
        self._render_storage()
        if ended and status is not None:
            self.sign_in_required_banner.show_reason(text_for(status.reason or "session.expired", {}))
        else:
            self.sign_in_required_banner.hide()
        identity = status.identity if status is not None else None
        self.signed_out_label.setVisible(not signed_in and identity is None)
        self.identity_card.setVisible(identity is not None)
        if status is not None and identity is not None:
            self.identity_card.show_identity(identity, auth_mode=status.auth_mode, acr=status.acr)
        self.session_panel.setVisible(signed_in or ended)
        self.session_panel.show_status(status)
        self._update_buttons()

    def _update_buttons(self) -> None:
        c = self.controller
        status = c.status
        state = status.state if status is not None else "signed_out"
        idle = c.ready and not c.busy
        self.header.set_session_buttons(
            show_sign_in=state != "signed_in",
            sign_in_enabled=idle,
            show_sign_out=state != "signed_out",
            sign_out_enabled=c.services is not None and not c.busy,
        )
        self.header.set_picker_enabled(not c.busy and not c.signing_in)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
