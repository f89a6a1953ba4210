"""The « Certificats » page over fake services: list, details, expiry, choose, import (.p12 path only), cards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from desktop_app.core.errors import CredentialError
from desktop_app.gui.controllers.credential_listing import IMPORTED_KEY, CardListing
from desktop_app.gui.controllers.pin_provider import GuiPinProvider
from desktop_app.gui.main_window import CREDENTIALS_PAGE
from desktop_app.gui.views.credentials_page import NAME, VALID_UNTIL, CredentialsPage
from tests.gui.fake_credentials import make_certificate, make_token
from tests.gui.fakes import FakeProvider, FakeServices

TIMEOUT = 3000


def rows(page: CredentialsPage) -> dict[str, Any]:
    tree = page.credentials_list
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {item.data(NAME, Qt.ItemDataRole.UserRole): item for item in items}


def open_page(qtbot: Any, harness: Any) -> CredentialsPage:
    harness.window.show_page(CREDENTIALS_PAGE)
    page = harness.window.credentials_page
    qtbot.waitUntil(
        lambda: len(rows(page)) > 0 and all(r.text(2) != "reading…" for r in rows(page).values()), timeout=TIMEOUT
    )
    return page


def test_the_page_is_built_only_when_opened(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    harness = make_main_window(provider)
    window = harness.window
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["&Session", "&Certificates", "&API console"]
    assert window.tabs.currentIndex() == 0
    assert window._credentials_page is None and window._console_page is None
    assert provider.services["sandbox"].credentials.added == []  # nothing read before the page is looked at
    window.tabs.setCurrentIndex(CREDENTIALS_PAGE)
    assert window._credentials_page is not None


def test_configured_credentials_the_active_one_and_details(
    qtbot: Any, make_main_window: Any, provider: FakeProvider
) -> None:
    harness = make_main_window(provider)
    page = open_page(qtbot, harness)
    listed = rows(page)
    assert set(listed) == {"sandbox-structure", "sandbox-card"}
    assert listed["sandbox-structure"].text(0) == "● sandbox-structure"  # the one in use
    assert listed["sandbox-card"].text(1) == "Card (PKCS#11)"
    assert listed["sandbox-structure"].text(1) == "Software certificate (PKCS#12)"
    assert listed["sandbox-structure"].text(2) == "ORG AUTH_CLI CABINET DES TILLEULS"
    assert page.active_label.text() == "In use for API calls: sandbox-structure"

    page.select("sandbox-structure")
    details = page.details
    info = provider.services["sandbox"].credentials.infos["sandbox-structure"]
    assert details.subject.text() == info.subject and "OU=399999999900011" in details.subject.text()
    assert details.issuer.text() == "CN=TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS"
    assert details.serial.text() == info.serial_hex
    assert details.structure_id.text() == "399999999900011"
    assert details.sha256.text() == info.sha256_hex and len(info.sha256_hex) == 64
    assert details.x5t_s256.text() == info.x5t_s256
    assert details.expiry_badge.text() == "Valid" and details.expiry_badge.property("role") == "badge-ok"
    page.select("sandbox-card")
    assert details.structure_id.text() == "none (not a structure certificate)"


def test_expired_is_red_and_expiring_is_amber(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    credentials = provider.services["sandbox"].credentials
    credentials.infos["sandbox-structure"] = make_certificate(days_left=-2)
    credentials.infos["sandbox-card"] = make_certificate("CAMILLE FICTIVE", days_left=10.5)
    page = open_page(qtbot, make_main_window(provider))
    listed = rows(page)
    assert listed["sandbox-structure"].text(VALID_UNTIL).endswith("(expired)")
    assert listed["sandbox-structure"].data(VALID_UNTIL, Qt.ItemDataRole.UserRole) == "expired"
    assert listed["sandbox-structure"].foreground(VALID_UNTIL).color().name() == "#b42318"
    assert listed["sandbox-card"].text(VALID_UNTIL).endswith("(expires soon)")
    assert listed["sandbox-card"].foreground(VALID_UNTIL).color().name() == "#9a5b00"
    page.select("sandbox-structure")
    assert page.details.expiry_badge.property("role") == "badge-error"
    assert page.details.expiry_badge.text().startswith("Expired")
    page.select("sandbox-card")
    assert page.details.expiry_badge.property("role") == "badge-warning"
    assert page.details.expiry_badge.text() == "Expires in 10 days: ask for its renewal now."


def test_an_unreadable_certificate_is_worded(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    credentials = provider.services["sandbox"].credentials
    credentials.errors["sandbox-card"] = CredentialError("gone", code="credential.token_absent")
    page = open_page(qtbot, make_main_window(provider))
    assert rows(page)["sandbox-card"].text(2) == "unusable"
    page.select("sandbox-card")
    assert page.details.message.isVisible()
    assert "card" in page.details.message.text().lower()
    assert page.details.message.property("role") == "badge-error"


def test_choosing_another_credential(qtbot: Any, make_main_window: Any, provider: FakeProvider) -> None:
    harness = make_main_window(provider)
    page = open_page(qtbot, harness)
    services = provider.services["sandbox"]
    page.select("sandbox-structure")
    assert not page.use_button.isEnabled()  # already in use
    page.select("sandbox-card")
    assert page.use_button.isEnabled()
    qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: harness.credentials_controller_active() == "sandbox-card", timeout=TIMEOUT)
    assert services.chosen == ["sandbox-card"]
    assert rows(page)["sandbox-card"].text(0) == "● sandbox-card"
    assert rows(page)["sandbox-structure"].text(0) == "sandbox-structure"
    assert harness.window.statusBar().currentMessage() == "Certificate in use: sandbox-card."


def test_import_p12_remembers_the_path_only_across_runs(
    qtbot: Any, make_main_window: Any, tmp_path: Path, settings_dir: Path
) -> None:
    p12 = tmp_path / "Mon Cabinet.p12"
    p12.write_bytes(b"not read by the GUI itself")
    first = FakeServices("sandbox")
    harness = make_main_window(first)
    page = open_page(qtbot, harness)
    page.file_chooser = lambda: str(p12)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "mon-cabinet" in rows(page), timeout=TIMEOUT)
    assert [c.path for c in first.credentials.added] == [p12]
    assert first.credentials.added[0].password_env == ""  # the password is asked when the file is opened
    assert rows(page)["mon-cabinet"].text(1) == "Software certificate (imported)"
    stored = QSettings()
    assert stored.allKeys() == [IMPORTED_KEY]
    assert stored.value(IMPORTED_KEY) in ([str(p12)], str(p12))
    settings_text = "".join(p.read_text(encoding="utf-8") for p in settings_dir.rglob("*") if p.is_file())
    assert str(p12) in settings_text and "password" not in settings_text.lower()

    # the next run: new services, the imported file is in their credential set again
    second = FakeServices("sandbox")
    again = make_main_window(second)
    page2 = open_page(qtbot, again)
    qtbot.waitUntil(lambda: "mon-cabinet" in rows(page2), timeout=TIMEOUT)
    assert [c.path for c in second.credentials.added] == [p12]

    # removing it forgets it for the next runs too
    page2.select("mon-cabinet")
    assert page2.remove_button.isEnabled()
    qtbot.mouseClick(page2.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "mon-cabinet" not in rows(page2), timeout=TIMEOUT)
    assert second.credentials.removed == ["mon-cabinet"]
    assert QSettings().value(IMPORTED_KEY) in ([], None, "")


def test_importing_a_missing_file_is_worded(qtbot: Any, make_main_window: Any, tmp_path: Path) -> None:
    harness = make_main_window(FakeServices("sandbox"))
    page = open_page(qtbot, harness)
    page.file_chooser = lambda: str(tmp_path / "absent.p12")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(harness.window.error_banner.isVisible, timeout=TIMEOUT)
    assert harness.window.error_banner.code.text() == "Error code: credential.not_found"
    assert QSettings().value(IMPORTED_KEY) is None


def test_refresh_the_cards_lists_tokens_and_their_certificates(
    qtbot: Any, make_main_window: Any, provider: FakeProvider
) -> None:
    harness = make_main_window(provider)
    page = open_page(qtbot, harness)
    card_cert = make_certificate("CAMILLE FICTIVE", structure_id=None)
    asked: list[Any] = []

    def lister(services: Any) -> tuple[CardListing, ...]:
        asked.append(services)
        return (
            CardListing(
                "/usr/lib/softhsm/libsofthsm2.so", (make_token(3, "CPS-BAC-A-SABLE", card_cert, pin_final_try=True),)
            ),
            CardListing("/usr/lib/libcps3_pkcs11_lux.so", (), "credential.module_missing", "Module absent."),
        )

    harness.window.credentials_controller.card_lister = lister
    qtbot.mouseClick(page.cards_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.cards_tree.topLevelItemCount() == 2, timeout=TIMEOUT)
    assert asked == [provider.services["sandbox"]]
    softhsm, cryptolib = page.cards_tree.topLevelItem(0), page.cards_tree.topLevelItem(1)
    token = softhsm.child(0)
    assert token.text(0) == "CPS-BAC-A-SABLE"
    assert token.text(1) == "slot 3 · SoftHSM v2 · last PIN try · PKCS#1 v1.5 signatures only"
    assert token.child(0).text(0) == "CAMILLE FICTIVE"
    assert cryptolib.text(1) == "Module absent."
    assert page.cards_status.text() == "1 card(s) found."
    assert page.cards_button.isEnabled()
    page.cards_tree.setCurrentItem(token.child(0))
    assert page.details.x5t_s256.text() == card_cert.x5t_s256


def test_french_page(qtbot: Any, french: Any, make_main_window: Any, provider: FakeProvider) -> None:
    harness = make_main_window(provider)
    assert harness.window.tabs.tabText(CREDENTIALS_PAGE) == "&Certificats"
    page = open_page(qtbot, harness)
    assert page.import_button.text() == "Importer un certificat logiciel (.p12)…"
    assert page.cards_button.text() == "Actualiser les cartes"
    assert rows(page)["sandbox-card"].text(1) == "Carte (PKCS#11)"


def test_a_locked_p12_is_unlocked_through_the_password_dialog(
    qtbot: Any, make_main_window: Any, provider: FakeProvider
) -> None:
    services = provider.services["sandbox"]
    harness = make_main_window(provider)
    pins = GuiPinProvider(harness.window)
    services.credentials.pin_provider = pins
    services.credentials.locked.add("sandbox-structure")
    page = open_page(qtbot, harness)
    assert rows(page)["sandbox-structure"].text(2) == "locked (password needed)"
    page.select("sandbox-structure")
    assert page.unlock_button.isVisible()
    assert "protected by its password" in page.details.message.text()

    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)  # a wrong password first
    qtbot.waitUntil(lambda: pins.dialog is not None and pins.dialog.isVisible(), timeout=TIMEOUT)
    qtbot.keyClicks(pins.dialog.field, "wrong")
    qtbot.keyClick(pins.dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(harness.window.error_banner.isVisible, timeout=TIMEOUT)
    assert harness.window.error_banner.message.text() == "Wrong password for the certificate file of sandbox-structure."

    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pins.dialog is not None and pins.dialog.isVisible(), timeout=TIMEOUT)
    qtbot.keyClicks(pins.dialog.field, "bac-a-sable")
    qtbot.keyClick(pins.dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: rows(page)["sandbox-structure"].text(2) == "ORG AUTH_CLI CABINET DES TILLEULS", timeout=TIMEOUT
    )
    assert services.credentials.contexts == [("sandbox-structure", None)] * 2  # with the environment's ca_bundle
    assert not page.unlock_button.isVisible()
    assert page.details.x5t_s256.text() == services.credentials.infos["sandbox-structure"].x5t_s256
    pins.close()
