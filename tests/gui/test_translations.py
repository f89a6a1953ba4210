"""The French catalogue is complete: every string of the code, every error code, the CLI's context."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import AuthFlowError, IdpError, NetworkError
from desktop_app.gui import error_messages
from desktop_app.gui.error_messages import error_code, error_text, text_for

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*(?:[:!][^{}]*)?\}")


def test_every_source_string_has_a_french_translation() -> None:
    """Runs lupdate over the code: a new tr() string missing from desktop_app_fr.ts fails here."""
    result = subprocess.run(
        [str(ROOT / "tools" / "i18n-update.sh"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "all translated in French" in result.stdout


def test_every_error_code_is_translated_with_its_placeholders(french: Any) -> None:
    french_texts = error_messages._texts()
    QCoreApplication.instance().removeTranslator(french)
    english_texts = error_messages._texts()
    assert french_texts.keys() == english_texts.keys()
    for code, english in english_texts.items():
        assert french_texts[code] != english, f"{code} is not translated"
        assert sorted(PLACEHOLDER.findall(french_texts[code])) == sorted(PLACEHOLDER.findall(english)), code


def test_error_text_in_french(french: Any) -> None:
    assert error_text(IdpError("x", error="access_denied")) == (
        "La connexion a été annulée dans le navigateur. Vous pouvez réessayer."
    )
    assert error_text(NetworkError("x", origin="https://auth.example")).startswith(
        "Impossible de joindre https://auth.example."
    )
    assert text_for("vault.locked", {}).startswith("Le trousseau système est verrouillé.")


def test_unknown_codes_fall_back_to_their_family_then_to_a_generic_text() -> None:
    assert error_text(AuthFlowError("x", code="auth.something_new")) == "The sign-in did not complete. Try again."
    assert error_text(NetworkError("x", code="network.new_thing", origin="o")) == (
        "Cannot reach o. Check the network connection, the proxy settings, or try again later."
    )
    assert error_text(KeyError("secret-looking")) == "Something went wrong: KeyError"
    assert error_code(KeyError("x")) == "error"


def test_cli_and_other_contexts_are_in_the_catalogue(french: Any) -> None:
    assert QCoreApplication.translate("cli", "Interrupted.") == "Interrompu."
    assert QCoreApplication.translate("cli", "Error: ") == "Erreur : "
    assert QCoreApplication.translate("nomenclature", "Physician") == "Médecin"
    assert QCoreApplication.translate("durations", "{seconds} s") == "{seconds} s"


def test_english_catalogue_lists_the_same_strings() -> None:
    import xml.etree.ElementTree as ET

    def keys(name: str) -> set[tuple[str, str]]:
        root = ET.parse(ROOT / "resources" / "i18n" / name).getroot()  # noqa: S314 - our own file
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context")
            for m in c.iter("message")
        }

    assert keys("desktop_app_en.ts") == keys("desktop_app_fr.ts")
    assert {context for context, _ in keys("desktop_app_fr.ts")} >= {"cli", "errors", "MainWindow"}
