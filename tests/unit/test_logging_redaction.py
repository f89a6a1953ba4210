"""The redaction safety net: nothing secret-shaped reaches a log handler."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop_app.core.logging_setup import REDACTED, redact, setup_logging

JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"token {JWT} received", JWT),
        ("GET /callback?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz", "SplxlOBeZQQYbYS6WxSbIA"),
        ("grant_type=refresh_token&refresh_token=8xLOxBtZp8&scope=openid", "8xLOxBtZp8"),
        ('{"access_token": "opaque-at-123", "expires_in": 120}', "opaque-at-123"),
        ("{'refresh_token': 'opaque-rt-456'}", "opaque-rt-456"),
        ("code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
        ("Authorization: Bearer abc.def-ghi", "abc.def-ghi"),
        ("Authorization: Basic ZGVza3RvcDpzZWNyZXQ=", "ZGVza3RvcDpzZWNyZXQ="),
        ("client_secret=sandbox-secret", "sandbox-secret"),
        ("password='p12-pass'", "p12-pass"),
        ("PIN=1234 entered", "1234"),
        ("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----", "MIIE"),
        ("cookie: proxy_session_id=496fe9d6", "496fe9d6"),
    ],
)
def test_redact(text: str, secret: str) -> None:
    cleaned = redact(text)
    assert secret not in cleaned
    assert REDACTED in cleaned


def test_innocent_text_is_kept() -> None:
    text = "signed in to sandbox (acr eidas1), error_code=auth.timeout, token_type=Bearer, expires_in=120"
    assert redact(text) == text


def test_file_handler_redacts_messages_arguments_and_tracebacks(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path, verbose=False)
    assert log_file is not None
    logger = logging.getLogger("desktop_app.test")
    logger.info("exchanging code=%s", "abc123code")
    try:
        raise ValueError(f"bad token {JWT}")
    except ValueError:
        logger.exception("failure")
    for handler in logging.getLogger("desktop_app").handlers:
        handler.flush()
    content = log_file.read_text(encoding="utf-8")
    assert "abc123code" not in content
    assert JWT not in content
    assert "ValueError" in content  # the traceback is kept, minus the secret
