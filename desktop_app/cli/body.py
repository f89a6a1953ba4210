"""How ``desktop-app call`` turns ``--json``, ``--data`` and ``-H`` into a request body and headers.

``--json`` is parsed here, so that a typo is a usage error (exit 2) before anything is sent. ``--data`` takes
``@FILE``, ``-`` (standard input) or the text itself, and is labelled ``application/json`` when it parses as JSON
(the APIs Pro Santé Connectées speak JSON), ``application/octet-stream`` otherwise, unless ``-H`` says otherwise.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app.core.errors import ConfigError


def request_body(
    json_text: str | None, data: str | None, header_lines: Sequence[str]
) -> tuple[Any, bytes | None, dict[str, str]]:
    """``(json_body, content, headers)`` for :meth:`ApiCaller.call`."""
    headers: dict[str, str] = {}
    for line in header_lines:
        name, sep, value = line.partition(":")
        if not sep or not name.strip():
            raise ConfigError(f"bad header {line!r}", code="config.invalid", detail=f"-H {line}")
        headers[name.strip()] = value.strip()
    if json_text is not None:
        try:
            return json.loads(json_text), None, headers
        except ValueError as exc:
            raise ConfigError(f"--json: {exc}", code="config.invalid", detail=f"--json: {exc}") from None
    if data is None:
        return None, None, headers
    content = _read(data)
    if not any(name.lower() == "content-type" for name in headers):
        try:
            json.loads(content)
            headers["Content-Type"] = "application/json"
        except ValueError:
            headers["Content-Type"] = "application/octet-stream"
    return None, content, headers


def _read(value: str) -> bytes:
    if value == "-":
        return sys.stdin.buffer.read()
    if not value.startswith("@"):
        return value.encode("utf-8")
    try:
        return Path(value[1:]).expanduser().read_bytes()
    except OSError as exc:
        raise ConfigError(f"--data {value}: {exc.strerror}", code="config.invalid", detail=f"--data {value}") from None
