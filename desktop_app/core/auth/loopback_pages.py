"""The pages the loopback receiver shows in the practitioner's browser.

The browser tab that carried the authorization response stays open on whatever the receiver answers, so
each outcome gets a clear page with a next step: success, IdP error, logout landing, and a short page for
every request the receiver refuses. Templates live in ``resources/loopback/`` (one file per page and
language, French the default) so that editors can restyle them without touching code.

Templates are self-contained: the shared ``style.css`` is inlined at render time because the receiver's
Content-Security-Policy (``default-src 'none'``) forbids loading anything, and pages never carry scripts.
Every value inserted is passed through :func:`html.escape`: the IdP's ``error_description`` reaches us in a
query string that anyone able to open a URL can forge.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from string import Template

from desktop_app.core.paths import resource_path

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

# The IdP's free text is shown to help the practitioner, not to let a forged link fill the page.
_MAX_ERROR_CHARS = 100
_MAX_DESCRIPTION_CHARS = 500
_PAGES = ("success", "error", "logout", "rejected")


def page_language(language: str) -> str:
    """``"fr"``, ``"en"``… from a language tag (``en_US``, ``en-GB``, ``FR``); French when unsupported."""
    primary = language.replace("_", "-").split("-", 1)[0].strip().lower()
    return primary if primary in LANGUAGES else DEFAULT_LANGUAGE


@dataclass(frozen=True)
class LoopbackPages:
    """The four pages in one language, read once before the receiver starts listening.

    Reading the files up front means a missing or broken template fails :meth:`load` (at ``start()``),
    not in the middle of a sign-in while the browser waits for an answer.
    """

    language: str
    _style: str
    _templates: Mapping[str, Template]

    @classmethod
    def load(cls, language: str = DEFAULT_LANGUAGE) -> LoopbackPages:
        lang = page_language(language)
        style = resource_path("loopback", "style.css").read_text(encoding="utf-8")
        templates = {
            name: Template(resource_path("loopback", f"{name}.{lang}.html").read_text(encoding="utf-8"))
            for name in _PAGES
        }
        return cls(lang, style, templates)

    def success(self) -> bytes:
        """« Connexion réussie »: the authorization response was accepted."""
        return self._render("success")

    def logout(self) -> bytes:
        """« Vous êtes déconnecté(e) »: the post-logout redirect landed."""
        return self._render("logout")

    def error(self, error: str, description: str | None) -> bytes:
        """« La connexion n'a pas abouti », with the IdP's error code and description (RFC 6749 §4.1.2.1)."""
        return self._render(
            "error",
            error=_shorten(error, _MAX_ERROR_CHARS),
            description=_shorten(description or "—", _MAX_DESCRIPTION_CHARS),
        )

    def rejected(self, status: int) -> bytes:
        """The short page for a request the receiver refuses (400, 404, 405, 409…)."""
        return self._render("rejected", status=str(status))

    def _render(self, name: str, **values: str) -> bytes:
        escaped = {key: html.escape(value, quote=True) for key, value in values.items()}
        return self._templates[name].substitute(escaped, style=self._style).encode("utf-8")


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
