"""One API call as the console makes and records it: the request, the worker-side work, the record.

Everything here except the dataclasses runs on a worker thread (:func:`perform_call`): the token exchange and
the call (``services.api.call`` — RFC 8693 exchange, bearer + the same client certificate), reading the
certificate to check the token's binding, parsing the JSON answer and preparing the text the raw view shows.
The GUI thread receives a finished :class:`CallRecord` (plain data, the document already parsed).

The binding check (RFC 8705 §3.1): the API token's ``cnf.x5t#S256`` must be the thumbprint of the certificate
this workstation presented, in the encoding the API's authorization server uses (``rfc8705``, or ANS's
``ans-hex`` variant).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop_app.gui.error_messages import error_code, error_text

if TYPE_CHECKING:
    from desktop_app.core.api.api_client import ApiResponse
    from desktop_app.core.config import ApiConfig
    from desktop_app.core.tls.credentials import Credential
    from desktop_app.gui.controllers.ports import ServicesPort

log = logging.getLogger(__name__)

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
WITH_BODY = ("POST", "PUT", "PATCH", "DELETE")
DEFAULT_PATH = "/signsessiondata"
RAW_TEXT_LIMIT = 1_000_000  # characters shown in the raw view
LINE_LIMIT = 2000  # a text editor lays out a line as one block: a 1 MB single line would freeze it
PROGRESS_INTERVAL = 0.05  # seconds between two "bytes received" reports


@dataclass(frozen=True)
class ApiRequest:
    """What the user asked for (kept as typed: a failed call loses nothing)."""

    api: str
    method: str
    path: str
    body: str = ""


@dataclass(frozen=True)
class CnfBinding:
    """The API token's certificate binding, checked against the certificate presented (RFC 8705 §3.1)."""

    credential: str
    encoding: str  # "rfc8705" | "ans-hex"
    certificate_thumbprint: str  # the presented certificate's, in ``encoding``
    token_cnf: str | None  # the token's cnf.x5t#S256 (None: an opaque token, or no cnf)

    @property
    def bound(self) -> bool:
        return self.token_cnf is not None and self.token_cnf == self.certificate_thumbprint


@dataclass(frozen=True)
class CallRecord:
    """One call of the session: the request, and the answer or the error (never a token)."""

    number: int
    request: ApiRequest
    credential: str
    started_at: float  # wall clock
    status: int | None = None
    headers: tuple[tuple[str, str], ...] = ()
    elapsed: float = 0.0
    url: str = ""
    content_type: str = ""
    size: int = 0
    is_json: bool = False
    document: Any = None  # the parsed JSON answer
    text: str = ""  # the answer as text for the raw view (pretty JSON, or decoded text), cut at RAW_TEXT_LIMIT
    text_truncated: bool = False
    lines_cut: bool = False  # lines longer than LINE_LIMIT were cut for display
    binding: CnfBinding | None = None
    error_code: str = ""
    error_text: str = ""
    body: bytes = field(default=b"", repr=False)

    @property
    def ok(self) -> bool:
        return not self.error_code and self.status is not None and 200 <= self.status < 300


class ConsoleError(Exception):
    """A request the console refuses before sending it (no certificate chosen, a body that is not JSON)."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(code)
        self.code = code
        self.text = text


class ThrottledProgress:
    """Counts the bytes streamed (worker thread) and reports at most every PROGRESS_INTERVAL seconds."""

    def __init__(self, report: Callable[[int], None]) -> None:
        self._report = report
        self.received = 0
        self._last = 0.0

    def __call__(self, chunk: bytes) -> None:
        self.received += len(chunk)
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self._report(self.received)

    def finish(self, total: int) -> None:
        self._report(total)


def perform_call(
    services: ServicesPort,
    request: ApiRequest,
    credential_name: str,
    number: int,
    started: float,
    progress: ThrottledProgress,
) -> CallRecord:
    """Exchange, call, check the binding, parse (worker thread). An HTTP error answer is a record too."""
    api = services.env.apis.get(request.api)
    if api is None:
        text = QCoreApplication.translate("ApiConsoleController", "Choose an API configured for this environment.")
        raise ConsoleError("api.unknown", text)
    json_body = _request_body(request)
    credential = services.credentials.get(credential_name)
    kwargs: dict[str, Any] = {"on_chunk": progress}
    if json_body is not _NO_BODY:
        kwargs["json_body"] = json_body
    try:
        response = services.api.call(api, credential, request.method, request.path, **kwargs)
    except Exception as exc:
        # A non-2xx answer comes as an ApiError carrying the whole response: show it, worded, with its body.
        failed: ApiResponse | None = getattr(exc, "response", None)
        if failed is None:
            raise
        progress.finish(len(failed.body))
        record = _record(number, request, credential_name, started, failed, _binding(api, credential, failed))
        return replace(record, error_code=error_code(exc), error_text=error_text(exc))
    progress.finish(len(response.body))
    return _record(number, request, credential_name, started, response, _binding(api, credential, response))


_NO_BODY = object()


def _request_body(request: ApiRequest) -> Any:
    if request.method not in WITH_BODY or not request.body.strip():
        return _NO_BODY
    try:
        return json.loads(request.body)
    except json.JSONDecodeError as exc:
        text = QCoreApplication.translate(
            "ApiConsoleController", "The request body is not valid JSON (line {line}, column {column}): {reason}."
        ).format(line=exc.lineno, column=exc.colno, reason=exc.msg)
        raise ConsoleError("console.invalid_json", text) from None


def _binding(api: ApiConfig, credential: Credential, response: ApiResponse) -> CnfBinding | None:
    from desktop_app.core.errors import AppError
    from desktop_app.core.tls.certificate import cnf_thumbprint

    try:
        info = credential.certificate()
    except AppError as exc:  # the card was removed after the call: the answer is still worth showing
        log.info("certificate unreadable for the binding check: %s", exc.code)
        return None
    return CnfBinding(
        credential.name,
        api.cnf_encoding,
        cnf_thumbprint(info.der, api.cnf_encoding),
        response.token.cnf,
    )


def _record(
    number: int,
    request: ApiRequest,
    credential: str,
    started: float,
    response: ApiResponse,
    binding: CnfBinding | None,
) -> CallRecord:
    document: Any = None
    is_json = False
    body = response.body
    if body and _looks_like_json(response.content_type, body):
        try:
            document = json.loads(body)
            is_json = True
        except ValueError:
            is_json = False
    text, truncated, lines_cut = _display_text(document if is_json else None, is_json, response)
    return CallRecord(
        number,
        request,
        credential,
        started,
        status=response.status,
        headers=tuple(response.headers),
        elapsed=response.elapsed,
        url=response.url,
        content_type=response.content_type,
        size=len(body),
        is_json=is_json,
        document=document,
        text=text,
        text_truncated=truncated,
        lines_cut=lines_cut,
        binding=binding,
        body=body,
    )


def _display_text(document: Any, is_json: bool, response: ApiResponse) -> tuple[str, bool, bool]:
    """The raw view's text: pretty JSON (encoded lazily, stopped at the limit) or the decoded body; lines cut.

    Returns (text, truncated, lines_cut). Runs on the worker: the GUI thread only inserts it, a slice at a time.
    """
    if is_json:
        pieces: list[str] = []
        size = 0
        for piece in json.JSONEncoder(indent=2, ensure_ascii=False).iterencode(document):
            pieces.append(piece)
            size += len(piece)
            if size > RAW_TEXT_LIMIT:
                break
        text = "".join(pieces)
    else:
        text = response.text()
    truncated = len(text) > RAW_TEXT_LIMIT
    text = text[:RAW_TEXT_LIMIT]
    lines = text.split("\n")
    if all(len(line) <= LINE_LIMIT for line in lines):
        return text, truncated, False
    short = [line[i : i + LINE_LIMIT] for line in lines for i in range(0, max(len(line), 1), LINE_LIMIT)]
    return "\n".join(short), truncated, True


def _looks_like_json(content_type: str, body: bytes) -> bool:
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "application/json" or kind.endswith("+json"):
        return True
    return not kind and body.lstrip()[:1] in (b"{", b"[")
