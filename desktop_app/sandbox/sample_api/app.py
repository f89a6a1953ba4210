"""The sample « API Pro Santé Connectée »: ANS's conformance API and two read-only companions.

- ``POST /signsessiondata`` (``psc-conformance-api.openapi.json``): a ``SessionData`` object — ``nationalId``,
  ``clientID``, ``proxy_session_id``, ``session_state``, all required strings — comes back as
  ``SignedSessionData``: the same four fields plus ``signature``, a compact JWS (RS256) by the API's own key
  over the canonical JSON of those fields (sorted keys, no spaces), verifiable with ``/.well-known/jwks.json``;
- ``GET /practitioner``: the practitioner the token is about, and how the token was bound;
- ``GET /journal?entries=N``: a large fictional document (N ≤ 50 000, ~100 bytes each), streamed.

Every endpoint but the JWKS checks the caller (``bearer.py``); the TLS layer already required a client
certificate. Counters (calls, 401s) are kept for tests.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from joserfc import jws
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from desktop_app.sandbox.mtls import peer_certificate
from desktop_app.sandbox.psc.keys import ALGORITHM, SigningKeys
from desktop_app.sandbox.sample_api.bearer import Caller, Problem, check_bearer
from desktop_app.sandbox.sample_api.journal import DEFAULT_ENTRIES, MAX_ENTRIES, journal
from desktop_app.sandbox.stats import Counters

SESSION_DATA_FIELDS = ("nationalId", "clientID", "proxy_session_id", "session_state")
_Handler = Callable[[Request, Caller], Awaitable[Response]]


class SampleApi:
    def __init__(self, state_dir: Path, keys_by_issuer: Mapping[str, SigningKeys], counters: Counters) -> None:
        self.keys = SigningKeys(state_dir / "api" / "signing")
        self._trusted = {issuer: keys.verification_set for issuer, keys in keys_by_issuer.items()}
        self._counters = counters
        self.app = Starlette(
            routes=[
                Route("/signsessiondata", self._protected(self._sign), methods=["POST"]),
                Route("/practitioner", self._protected(self._practitioner), methods=["GET"]),
                Route("/journal", self._protected(self._journal), methods=["GET"]),
                Route("/.well-known/jwks.json", self._jwks, methods=["GET"]),
            ]
        )

    def _protected(self, handler: _Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            self._counters.api_calls += 1
            try:
                caller = check_bearer(
                    request.headers.get("authorization", ""), peer_certificate(request.scope), self._trusted
                )
                return await handler(request, caller)
            except Problem as problem:
                if problem.status == 401:
                    self._counters.api_unauthorized += 1
                return problem.response()

        return endpoint

    async def _sign(self, request: Request, caller: Caller) -> Response:
        try:
            data = json.loads(await request.body())
        except ValueError:
            raise _bad_request("Le corps de la requête doit être un objet JSON « SessionData ».") from None
        if not isinstance(data, dict):
            raise _bad_request("Le corps de la requête doit être un objet JSON « SessionData ».")
        invalid = [name for name in SESSION_DATA_FIELDS if not isinstance(data.get(name), str)]
        if invalid:
            raise _bad_request(f"Champs manquants ou non textuels : {', '.join(invalid)}.", invalid_fields=invalid)
        session_data = {name: data[name] for name in SESSION_DATA_FIELDS}
        payload = json.dumps(session_data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        key = self.keys.current()
        signature = jws.serialize_compact({"alg": ALGORITHM, "kid": key.kid, "cty": "json"}, payload, key)
        return JSONResponse({**session_data, "signature": signature}, headers={"Cache-Control": "no-store"})

    async def _practitioner(self, request: Request, caller: Caller) -> Response:
        p = caller.practitioner
        claims = caller.claims
        body: dict[str, Any] = {
            "SubjectNameID": p.subject_name_id,
            "rpps": p.rpps,
            "given_name": p.given_name,
            "family_name": p.family_name,
            "profession": {"code": p.profession_code, "label": p.profession_label},
            "activities": [
                {
                    "structure": a.structure.name,
                    "structure_id": a.structure.technical_id,
                    "mode": a.mode,
                    "sector": a.sector,
                    "sector_label": a.sector_label,
                }
                for a in p.activities
            ],
            "token": {
                "client_id": claims.get("client_id"),
                "scope": claims.get("scope"),
                "expires_at": claims.get("exp"),
                "issuer": claims.get("iss"),
                "cnf_encoding": caller.cnf_encoding,
            },
        }
        return JSONResponse(body, headers={"Cache-Control": "no-store"})

    async def _journal(self, request: Request, caller: Caller) -> Response:
        raw = request.query_params.get("entries", str(DEFAULT_ENTRIES))
        if not raw.isdigit() or not 0 < int(raw) <= MAX_ENTRIES:
            raise _bad_request(f"« entries » doit être un entier entre 1 et {MAX_ENTRIES}.")
        return StreamingResponse(
            journal(caller.practitioner.subject_name_id, int(raw)),
            media_type="application/json",
            headers={"Cache-Control": "no-store"},
        )

    async def _jwks(self, request: Request) -> Response:
        """The API's signature keys (``signature`` of /signsessiondata), public."""
        return JSONResponse(self.keys.jwks())


def _bad_request(detail: str, **extra: Any) -> Problem:
    return Problem(400, "invalid-request", "Requête invalide", detail, **extra)
