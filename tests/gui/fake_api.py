"""A fake API caller for GUI tests: answers are real ``ApiResponse``/``ApiToken`` objects, streamed to ``on_chunk``
in pieces like the real caller's; ``responder`` decides each answer (or error), ``gate`` holds a call.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.core.api.api_client import ApiResponse
from desktop_app.core.api.token_exchange import ApiToken
from desktop_app.core.config import ApiConfig
from desktop_app.core.tls.certificate import CertificateInfo, cnf_thumbprint
from tests.gui.fake_credentials import FakeCredential

WAIT_LIMIT = 10.0  # a forgotten gate never hangs the suite


def sandbox_apis() -> dict[str, ApiConfig]:
    base = "https://127.0.0.1:18446/"
    token = "https://127.0.0.1:18445/realms/{realm}/protocol/openid-connect/token"
    return {
        "sign": ApiConfig("sign", base, token.format(realm="signsessiondata"), "signsessiondata", "rfc8705"),
        "sign-ans": ApiConfig(
            "sign-ans", base, token.format(realm="signsessiondata-ans"), "signsessiondata", "ans-hex"
        ),
    }


@dataclass(frozen=True)
class FakeCall:
    api: str
    credential: str
    method: str
    path: str
    json_body: Any


def api_token(credential: str, info: CertificateInfo, *, encoding: str = "rfc8705", cnf: str | None = "") -> ApiToken:
    """A token bound to ``info`` in ``encoding`` (``cnf`` given: that value instead; None: no cnf at all)."""
    return ApiToken(
        access_token="api-token-secret-value",
        expires_at=time.time() + 3600,
        issued_token_type="urn:ietf:params:oauth:token-type:access_token",
        scope="signsessiondata",
        credential=credential,
        certificate_x5t_s256=info.x5t_s256,
        cnf=cnf_thumbprint(info.der, encoding) if cnf == "" else cnf,
    )


def response(
    body: bytes,
    token: ApiToken,
    *,
    status: int = 200,
    content_type: str = "application/json",
    url: str = "https://127.0.0.1:18446/signsessiondata",
) -> ApiResponse:
    headers = (("content-type", content_type), ("content-length", str(len(body))), ("server", "sandbox"))
    return ApiResponse(status, headers, body, content_type, 0.042, url, token)


Responder = Callable[[FakeCall, FakeCredential, ApiConfig], "ApiResponse | Exception"]


class FakeApiCaller:
    """``ApiCaller``'s shape. ``responder`` makes each answer (default: echoes the posted JSON, bound token);
    ``gate``, when set, holds the call on its worker until the test opens it."""

    CHUNK = 64 * 1024

    def __init__(self) -> None:
        self.calls: list[FakeCall] = []
        self.responder: Responder = self._echo
        self.gate: threading.Event | None = None

    def call(
        self,
        api: ApiConfig,
        credential: FakeCredential,
        method: str,
        path_or_url: str,
        *,
        json_body: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        on_chunk: Callable[[bytes], None] | None = None,
    ) -> ApiResponse:
        call = FakeCall(api.name, credential.name, method, path_or_url, json_body)
        self.calls.append(call)
        if self.gate is not None:
            self.gate.wait(WAIT_LIMIT)
        outcome = self.responder(call, credential, api)
        answer = getattr(outcome, "response", None) if isinstance(outcome, Exception) else outcome
        if answer is not None and on_chunk is not None:
            for start in range(0, len(answer.body), self.CHUNK):
                on_chunk(answer.body[start : start + self.CHUNK])
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    @staticmethod
    def _echo(call: FakeCall, credential: FakeCredential, api: ApiConfig) -> ApiResponse:
        import json

        body = json.dumps({"signed": True, "data": call.json_body}).encode()
        return response(body, api_token(credential.name, credential.certificate(), encoding=api.cnf_encoding))
