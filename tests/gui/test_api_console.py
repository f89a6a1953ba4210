"""The « Console API » page over fake services: send, answer, cnf binding, history, errors, big answers."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTreeView

from desktop_app.core.api.problems import ApiError
from desktop_app.core.errors import CredentialError, SignInRequired
from desktop_app.gui.error_messages import error_text
from desktop_app.gui.main_window import CONSOLE_PAGE
from desktop_app.gui.views.api_console_page import ApiConsolePage
from desktop_app.gui.views.response_view import HEADERS, RAW, TREE
from tests.gui.fake_api import api_token, response
from tests.gui.fake_credentials import make_certificate
from tests.gui.fakes import FakeProvider, FakeServices
from tests.gui.test_main_window import sign_in

TIMEOUT = 5000


def open_console(qtbot: Any, harness: Any) -> ApiConsolePage:
    harness.window.show_page(CONSOLE_PAGE)
    return harness.window.console_page


def send(qtbot: Any, harness: Any, page: ApiConsolePage) -> Any:
    before = len(harness.window.console_controller.history)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(harness.window.console_controller.history) == before + 1, timeout=TIMEOUT)
    return harness.window.console_controller.history[-1]


@pytest.fixture
def signed_in(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> tuple[Any, FakeServices]:
    harness = make_main_window(provider)
    services = provider.services["sandbox"]
    sign_in(qtbot, harness, services)
    return harness, services


def test_post_signsessiondata_shows_the_answer_and_the_binding(qtbot: Any, signed_in: Any) -> None:
    harness, services = signed_in
    page = open_console(qtbot, harness)
    assert [page.api_combo.itemText(i) for i in range(page.api_combo.count())] == ["sign", "sign-ans"]
    assert page.method_combo.currentText() == "POST" and page.path_edit.text() == "/signsessiondata"
    example = json.loads(page.body_edit.toPlainText())
    assert example == {
        "nationalId": "899999990017",
        "clientID": "desktop-app",
        "proxy_session_id": "",
        "session_state": "",
    }
    assert page.credential_label.text() == "Certificate for this call: sandbox-structure"

    record = send(qtbot, harness, page)
    call = services.api.calls[-1]
    assert (call.api, call.credential, call.method, call.path) == (
        "sign",
        "sandbox-structure",
        "POST",
        "/signsessiondata",
    )
    assert call.json_body == example
    view = page.response
    assert view.status_label.text() == "HTTP 200" and view.status_label.property("role") == "badge-ok"
    assert "42 ms" in view.summary_label.text() and "application/json" in view.summary_label.text()
    assert not view.error_label.isVisible()
    assert view.binding_label.text() == "✔ Token bound to the certificate"
    assert view.binding_label.property("role") == "badge-ok"
    info = services.credentials.infos["sandbox-structure"]
    assert info.x5t_s256 in view.binding_details.text() and "rfc8705" in view.binding_details.text()
    assert record.binding is not None and record.binding.bound
    model = view.tree.model()
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["signed", "data"]
    assert view.tabs.currentIndex() == TREE
    headers = view.headers
    assert headers.topLevelItem(0).text(0) == "content-type"
    assert page.history.count() == 1 and page.history.item(0).text().endswith("POST /signsessiondata → 200 · 42 ms")
    assert "api-token-secret-value" not in repr(record)  # the token never travels in what the GUI keeps


def test_the_ans_hex_encoding_is_checked_too(qtbot: Any, signed_in: Any) -> None:
    harness, _ = signed_in
    page = open_console(qtbot, harness)
    page.api_combo.setCurrentText("sign-ans")
    record = send(qtbot, harness, page)
    assert record.binding.encoding == "ans-hex" and record.binding.bound
    assert page.response.binding_label.text() == "✔ Token bound to the certificate"


def test_a_token_bound_to_another_certificate_is_flagged(qtbot: Any, signed_in: Any) -> None:
    harness, services = signed_in
    other = make_certificate("SOMEONE ELSE")
    services.api.responder = lambda call, credential, api: response(b'{"ok": true}', api_token(call.credential, other))
    page = open_console(qtbot, harness)
    record = send(qtbot, harness, page)
    assert not record.binding.bound
    assert page.response.binding_label.text() == "✘ Token NOT bound to the certificate in use"
    assert page.response.binding_label.property("role") == "badge-error"
    assert other.x5t_s256 in page.response.binding_details.text()

    services.api.responder = lambda call, credential, api: response(b"{}", api_token(call.credential, other, cnf=None))
    send(qtbot, harness, page)
    assert page.response.binding_label.text().startswith("— The API token carries no certificate binding")


def test_a_401_after_the_retry_is_worded_with_the_answer_and_the_body_typed_stays(qtbot: Any, signed_in: Any) -> None:
    harness, services = signed_in
    page = open_console(qtbot, harness)
    page.body_edit.setPlainText('{"nationalId": "typed by hand"}')

    def refuse(call: Any, credential: Any, api: Any) -> ApiError:
        problem = b'{"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "cnf mismatch"}'
        answer = response(
            problem,
            api_token(call.credential, credential.certificate()),
            status=401,
            content_type="application/problem+json",
        )
        return ApiError(
            "API sign: HTTP 401 after a new token exchange",
            code="api.unauthorized",
            response=answer,
            api="sign",
            status=401,
            title="Unauthorized",
            detail="cnf mismatch",
            error="",
            problem="",
        )

    services.api.responder = refuse
    record = send(qtbot, harness, page)
    assert record.error_code == "api.unauthorized" and record.status == 401
    view = page.response
    assert view.status_label.text() == "HTTP 401" and view.status_label.property("role") == "badge-error"
    assert view.error_label.isVisible() and view.error_label.text() == record.error_text
    assert view.error_code_label.text() == "Error code: api.unauthorized"
    assert not view.sign_in_button.isVisible()
    model = view.tree.model()
    assert model.data(model.index(3, 0)) == "detail" and model.data(model.index(3, 1)) == "cnf mismatch"
    assert page.body_edit.toPlainText() == '{"nationalId": "typed by hand"}'
    assert page.history.item(0).text().split("→ ")[1].startswith("401")


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (SignInRequired("refresh token expired", code="session.refresh_expired"), "session.refresh_expired"),
        (CredentialError("cancelled", code="credential.cancelled", credential="sandbox-card"), "credential.cancelled"),
        (CredentialError("wrong", code="credential.bad_password", credential="x"), "credential.bad_password"),
        (CredentialError("gone", code="credential.token_absent", token="CPS"), "credential.token_absent"),
    ],
)
def test_errors_before_any_answer_are_worded(qtbot: Any, signed_in: Any, error: Exception, code: str) -> None:
    harness, services = signed_in
    services.api.responder = lambda call, credential, api: error
    page = open_console(qtbot, harness)
    page.body_edit.setPlainText('{"kept": true}')
    record = send(qtbot, harness, page)
    view = page.response
    assert record.error_code == code and record.status is None
    assert view.status_label.text() == "No answer"
    assert view.error_label.text() == error_text(error)
    assert view.sign_in_button.isVisible() == code.startswith("session.")
    assert page.body_edit.toPlainText() == '{"kept": true}'
    assert page.send_button.isEnabled()


def test_sign_in_from_the_console_after_the_session_ended(qtbot: Any, signed_in: Any) -> None:
    harness, services = signed_in
    services.api.responder = lambda call, credential, api: SignInRequired("over", code="session.expired")
    page = open_console(qtbot, harness)
    send(qtbot, harness, page)
    services.session.require_sign_in("session.expired")
    qtbot.waitUntil(harness.window.header.sign_in_button.isEnabled, timeout=TIMEOUT)
    qtbot.mouseClick(page.response.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(harness.window.sign_in_dialog.isVisible, timeout=TIMEOUT)
    assert len(services.auth.attempts) == 2


def test_a_body_that_is_not_json_is_refused_before_sending(qtbot: Any, signed_in: Any) -> None:
    harness, services = signed_in
    page = open_console(qtbot, harness)
    page.body_edit.setPlainText('{"nationalId": ')
    calls = len(services.api.calls)
    record = send(qtbot, harness, page)
    assert record.error_code == "console.invalid_json"
    assert "line 1" in page.response.error_label.text()
    assert len(services.api.calls) == calls
    assert page.body_edit.toPlainText() == '{"nationalId": '


def test_without_a_certificate_in_use_nothing_is_sent(qtbot: Any, signed_in: Any) -> None:
    harness, services = signed_in
    services.active_credential = None
    page = open_console(qtbot, harness)
    assert page.credential_label.text().startswith("No certificate in use")
    record = send(qtbot, harness, page)
    assert record.error_code == "console.no_credential" and services.api.calls == []
    assert "« Certificates »" in page.response.error_label.text()


def test_the_certificate_chosen_on_the_credentials_page_is_used(qtbot: Any, signed_in: Any) -> None:
    harness, services = signed_in
    page = open_console(qtbot, harness)
    harness.window.credentials_controller.start()
    harness.window.credentials_controller.choose("sandbox-card")
    qtbot.waitUntil(lambda: page.credential_label.text().endswith("sandbox-card"), timeout=TIMEOUT)
    send(qtbot, harness, page)
    assert services.api.calls[-1].credential == "sandbox-card"


def test_history_shows_a_call_again_and_reuses_its_request(qtbot: Any, signed_in: Any) -> None:
    harness, services = signed_in
    page = open_console(qtbot, harness)
    first = send(qtbot, harness, page)
    page.method_combo.setCurrentText("GET")
    page.path_edit.setText("/practitioner")
    services.api.responder = lambda call, credential, api: response(
        b"plain text answer", api_token(call.credential, credential.certificate()), content_type="text/plain"
    )
    second = send(qtbot, harness, page)
    assert services.api.calls[-1].json_body is None  # GET: the body is not sent
    assert page.history.count() == 2 and page.history.item(0).text().split("  ")[1].startswith("GET /practitioner")
    view = page.response
    assert view.tabs.currentIndex() == RAW and not view.tabs.isTabEnabled(TREE)
    qtbot.waitUntil(lambda: view.raw_complete, timeout=TIMEOUT)
    assert view.raw.toPlainText() == "plain text answer"

    page.history.setCurrentRow(1)  # the first call
    assert view.tabs.currentIndex() == TREE and view.tree.model().rowCount() == 2
    assert view.status_label.text() == "HTTP 200"
    qtbot.mouseClick(page.reuse_button, Qt.MouseButton.LeftButton)
    assert (page.method_combo.currentText(), page.path_edit.text()) == ("POST", "/signsessiondata")
    assert page.body_edit.toPlainText() == first.request.body
    assert second.request.path == "/practitioner"
    view.tabs.setCurrentIndex(HEADERS)


def journal_body(entries: int) -> bytes:
    document = {
        "practitioner": "899999990017",
        "entries": [
            {"id": i, "at": "2025-01-01T00:00:00Z", "text": f"entrée de journal fictive {i:06d}"}
            for i in range(entries)
        ],
    }
    return json.dumps(document).encode()


def test_a_5_mb_answer_renders_lazily_without_freezing_the_window(qtbot: Any, signed_in: Any) -> None:
    harness, services = signed_in
    body = journal_body(50_000)
    assert len(body) > 4_000_000
    services.api.responder = lambda call, credential, api: response(
        body, api_token(call.credential, credential.certificate())
    )
    page = open_console(qtbot, harness)
    progress: list[int] = []
    harness.window.console_controller.progress.connect(progress.append)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    record = send(qtbot, harness, page)
    view = page.response
    view.tabs.setCurrentIndex(RAW)
    qtbot.waitUntil(lambda: view.raw_complete, timeout=20_000)
    heartbeat.stop()

    assert record.size == len(body) and progress[-1] == len(body) and len(progress) < 200
    model = view.tree.model()
    assert model.rowCount() == 2  # the top level only
    entries = model.index(1, 0)
    assert model.rowCount(entries) == 0 and model.built_nodes == 2  # 50 000 entries, none built
    view.tabs.setCurrentIndex(TREE)
    tree: QTreeView = view.tree
    tree.expand(entries)
    qtbot.waitUntil(lambda: model.rowCount(entries) > 0, timeout=TIMEOUT)
    assert model.rowCount(entries) < 1_000
    assert record.text_truncated and view.raw.toPlainText().endswith("(display cut here: the answer is longer)")
    # A generous sanity bound only (the figure itself is measured by the benchmarks): no multi-second freeze.
    print(f"longest GUI-thread gap: {max(gaps) * 1000:.0f} ms")
    assert max(gaps) < 0.5, f"the GUI thread stalled {max(gaps) * 1000:.0f} ms"


def test_french_console(qtbot: Any, french: Any, signed_in: Any) -> None:
    harness, _ = signed_in
    assert harness.window.tabs.tabText(CONSOLE_PAGE) == "Console &API"
    page = open_console(qtbot, harness)
    assert page.send_button.text() == "Envoyer"
    send(qtbot, harness, page)
    assert page.response.binding_label.text() == "✔ Jeton lié au certificat"


def test_signing_out_clears_the_answers(qtbot: Any, signed_in: Any) -> None:
    harness, _ = signed_in
    page = open_console(qtbot, harness)
    send(qtbot, harness, page)
    assert page.history.count() == 1
    qtbot.mouseClick(harness.window.header.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.history.count() == 0, timeout=TIMEOUT)
    assert harness.window.console_controller.history == ()
    assert page.response.tree.model() is None and page.response.status_label.text().startswith("No answer yet")
