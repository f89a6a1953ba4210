"""The loopback pages: both languages render, values are escaped, nothing external is referenced."""

from __future__ import annotations

import re

import pytest

from desktop_app.core.auth.loopback_pages import LoopbackPages, page_language


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("fr", "fr"), ("en", "en"), ("en_US", "en"), ("EN-gb", "en"), ("fr-FR", "fr"), ("de", "fr"), ("", "fr")],
)
def test_page_language(tag: str, expected: str) -> None:
    assert page_language(tag) == expected


def all_pages(pages: LoopbackPages) -> list[str]:
    rendered = [pages.success(), pages.logout(), pages.error("access_denied", "User cancelled"), pages.rejected(404)]
    return [page.decode("utf-8") for page in rendered]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_is_complete_self_contained_and_scriptless(language: str) -> None:
    for page in all_pages(LoopbackPages.load(language)):
        assert page.startswith("<!DOCTYPE html>")
        assert f'<html lang="{language}">' in page
        assert "<title>" in page
        assert "<h1>" in page
        assert "$" not in page  # every placeholder substituted
        assert "<style>" in page
        assert "--tone" in page  # style.css inlined
        assert "<script" not in page
        assert not re.search(r"\b(src|href)=", page)  # nothing to load: the CSP forbids it anyway


def test_french_wording() -> None:
    pages = LoopbackPages.load("fr")
    success = pages.success().decode()
    assert "Connexion réussie" in success
    assert "Vous pouvez revenir à l'application." in success
    assert "Vous pouvez fermer cet onglet." in success
    assert "Vous êtes déconnecté(e)" in pages.logout().decode()
    error = pages.error("access_denied", "L'utilisateur a annulé").decode()
    assert "La connexion n'a pas abouti" in error
    assert "access_denied" in error
    assert "L&#x27;utilisateur a annulé" in error
    assert "réessayer" in error
    assert "erreur 400" in pages.rejected(400).decode()


def test_english_wording() -> None:
    pages = LoopbackPages.load("en")
    assert "Signed in" in pages.success().decode()
    assert "You are signed out" in pages.logout().decode()
    assert "Sign-in failed" in pages.error("access_denied", None).decode()
    assert "error 405" in pages.rejected(405).decode()


def test_error_values_are_escaped_and_bounded() -> None:
    page = LoopbackPages.load().error('<script>alert("x")</script>', "<b>" + "y" * 2000).decode()
    assert "<script" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;" in page
    assert "y" * 600 not in page
    assert "…" in page


def test_missing_description_is_shown_as_a_dash() -> None:
    assert "<dd>—</dd>" in LoopbackPages.load().error("server_error", None).decode()
