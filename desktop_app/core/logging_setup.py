"""Logging with a redaction filter in front of every handler.

The rule is "never log a secret"; this module is the safety net for when someone forgets. Every record
that reaches a handler installed here is formatted, then scrubbed of anything shaped like a secret:
JWTs, ``Bearer``/``Basic`` credentials, and the values of OAuth/PKCE/TLS parameters (``code``,
``code_verifier``, ``refresh_token``, ``client_secret``, ``password``, ``pin``…) in query strings, form
bodies, JSON and ``repr`` output. A test (``tests/security``) proves nothing secret reaches the log file.

Model: msal's ``token_cache.make_clean_copy``; what not to copy: msal's ``oauth2cli/authcode.py``, which
logs the authorization code.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

REDACTED = "[REDACTED]"

# Parameter names whose values are secret wherever they appear (query, form, JSON, repr, headers).
SECRET_KEYS = (
    "access_token",
    "refresh_token",
    "id_token",
    "subject_token",
    "actor_token",
    "code",
    "code_verifier",
    "auth_req_id",
    "client_secret",
    "client_assertion",
    "password",
    "passphrase",
    "pin",
    "otp",
    "token",
    "proxy_session_id",
    "session_state",
    "authorization",
    "cookie",
    "set-cookie",
)

_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_SCHEME_CREDENTIAL = re.compile(r"(?i)\b(Bearer|Basic|DPoP)\s+[A-Za-z0-9._~+/=-]+")
# key=value / key: value / "key": "value" / 'key': 'value', for each secret key (case-insensitive).
_KEY_VALUE = re.compile(
    r"(?i)(?P<key>[\"']?\b(?:" + "|".join(re.escape(k) for k in SECRET_KEYS) + r")\b[\"']?)"
    r"(?P<sep>\s*[:=]\s*)(?P<quote>[\"']?)(?P<value>[^\s&\"',;}\])]+)"
)
_PEM = re.compile(r"-----BEGIN [A-Z0-9 #]*PRIVATE KEY-----.*?-----END [A-Z0-9 #]*PRIVATE KEY-----", re.S)


def redact(text: str) -> str:
    """Return ``text`` with every secret-shaped substring replaced by ``[REDACTED]``."""
    text = _PEM.sub(REDACTED, text)
    text = _JWT.sub(REDACTED, text)
    text = _SCHEME_CREDENTIAL.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    return _KEY_VALUE.sub(lambda m: f"{m.group('key')}{m.group('sep')}{m.group('quote')}{REDACTED}", text)


class RedactingFormatter(logging.Formatter):
    """Formats as usual (message, arguments, traceback), then redacts the whole result."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
LOG_FILE_NAME = "desktop-app.log"


def setup_logging(log_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Install the app's handlers on the ``desktop_app`` logger; returns the log file path.

    The file (rotating, 1 MB x 3) records INFO and above (DEBUG with ``verbose``); the terminal only
    receives records when ``verbose``. The HTTP libraries stay at WARNING unless ``verbose``.
    """
    logger = logging.getLogger("desktop_app")
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(logger.handlers):
        if getattr(handler, "_desktop_app", False):
            logger.removeHandler(handler)
            handler.close()
    formatter = RedactingFormatter(LOG_FORMAT)
    log_file: Path | None = None
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        log_file = log_dir / LOG_FILE_NAME
        file_handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        _install(logger, file_handler, formatter)
    if verbose:
        _install(logger, logging.StreamHandler(sys.stderr), formatter)
    for noisy in ("httpx", "httpcore", "keyring", "uvicorn", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)
    return log_file


def _install(logger: logging.Logger, handler: logging.Handler, formatter: logging.Formatter) -> None:
    handler.setFormatter(formatter)
    handler._desktop_app = True  # type: ignore[attr-defined]  # marks our handlers for idempotent setup
    logger.addHandler(handler)
