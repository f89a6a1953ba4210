"""API error answers turned into typed errors: RFC 9457 problem details, RFC 6750 §3 and RFC 6749 §5.2 bodies.

An API refuses in one of three standard shapes: ``application/problem+json`` (RFC 9457 §3: ``type``, ``title``,
``status``, ``detail``, ``instance``), a bearer-token challenge in ``WWW-Authenticate`` (RFC 6750 §3:
``error="invalid_token"``), or an OAuth error object (``error``, ``error_description``). Only these structured,
server-authored fields reach the error's parameters, shortened: the body of an unknown response is never copied
into a message or a log line (it could hold anything, personal data included). The full response stays
available to the API console through :attr:`ApiError.response`.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from desktop_app.core.errors import AppError

if TYPE_CHECKING:
    from desktop_app.core.api.api_client import ApiResponse

#: Longest server-provided text kept in an error parameter.
MAX_TEXT = 200
_CODES = {401: "api.unauthorized", 403: "api.forbidden", 404: "api.not_found"}
# RFC 9110 §11.2 auth-param: token "=" ( token / quoted-string )
_AUTH_PARAM = re.compile(r'([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))')


class ApiError(AppError):
    """An API call failed at the HTTP level (or could not be attempted: unknown API, URL outside the API).

    Codes: ``api.http_error`` (params ``status``, ``title``, ``detail``, ``error``, ``problem``),
    ``api.unauthorized`` (401 after one new token exchange), ``api.forbidden`` (403), ``api.not_found`` (404),
    ``api.unknown`` (no API of that name), ``api.bad_url`` (URL outside the API's origin).
    """

    code = "api.http_error"

    def __init__(self, message: str, *, response: ApiResponse | None = None, **params: Any) -> None:
        super().__init__(message, **params)
        #: The whole answer, for the API console (never in the message or the params).
        self.response = response


def error_for(response: ApiResponse, *, api: str, retried: bool = False) -> ApiError:
    """The :class:`ApiError` for a non-2xx answer; ``retried`` says a 401 came after a new token exchange."""
    details = describe_failure(response.status, response.content_type, response.body, response.headers)
    code = _CODES.get(response.status, "api.http_error")
    message = f"API {api}: HTTP {response.status}" + (" after a new token exchange" if retried else "")
    if details["title"]:
        message += f" ({details['title']})"
    return ApiError(message, code=code, response=response, api=api, status=response.status, **details)


def describe_failure(
    status: int, content_type: str, body: bytes, headers: tuple[tuple[str, str], ...]
) -> dict[str, str]:
    """``title``, ``detail``, ``error`` (OAuth/bearer error code) and ``problem`` (a one-line summary, empty when
    the server said nothing structured) from an error answer."""
    title = detail = error = ""
    document = _json_object(body) if _is_json(content_type) else {}
    if document:
        title = _text(document.get("title"))
        detail = _text(document.get("detail"))
        error = _text(document.get("error"))
        if not detail:
            detail = _text(document.get("error_description"))
    challenge = bearer_challenge(headers)
    error = error or challenge.get("error", "")
    if not detail:
        detail = _clip(challenge.get("error_description", ""))
    summary = ": ".join(part for part in (title or error, detail) if part)
    return {"title": title, "detail": detail, "error": _clip(error), "problem": f" — {summary}" if summary else ""}


def bearer_challenge(headers: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """The auth-params of a ``WWW-Authenticate: Bearer …`` challenge (RFC 6750 §3), e.g. ``error``, ``scope``."""
    for name, value in headers:
        if name.lower() == "www-authenticate" and value.strip().lower().startswith("bearer"):
            params = value.strip()[len("bearer") :]
            return {
                m.group(1).lower(): (m.group(2) if m.group(2) is not None else m.group(3)).replace('\\"', '"')
                for m in _AUTH_PARAM.finditer(params)
            }
    return {}


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return {}
    return document if isinstance(document, dict) else {}


def _text(value: object) -> str:
    return _clip(value) if isinstance(value, str) else ""


def _clip(text: str) -> str:
    """One line, printable, at most :data:`MAX_TEXT` characters (it will be shown in a dialog or a terminal)."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return flat if len(flat) <= MAX_TEXT else flat[: MAX_TEXT - 1] + "…"
