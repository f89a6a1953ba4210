"""Checking a subject token at the sandbox PSC by introspection (RFC 7662), as a resource server does.

Asynchronous (httpx.AsyncClient) because the PSC answering it runs on the same event loop as the target
authorization server asking: a blocking call would wait for itself. One client per call: exchanges happen
once per API-token lifetime, and a call-scoped client needs no shutdown hook.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import httpx

from desktop_app.sandbox.data import find_client

_RESOURCE_SERVER = "sandbox-api"
_TIMEOUT = 5.0


class PscUnavailable(Exception):
    """PSC did not answer the introspection (down, or not an RFC 7662 answer)."""


class PscIntrospector:
    def __init__(self, introspection_url: str, ca_bundle: Path) -> None:
        self._url = introspection_url
        self._ca_bundle = ca_bundle
        self._context: ssl.SSLContext | None = None
        registration = find_client(_RESOURCE_SERVER)
        if registration is None:
            raise RuntimeError(f"{_RESOURCE_SERVER} is not a registered PSC client")
        self._auth = (registration.client_id, registration.secret)

    async def introspect(self, token: str, hint: str = "access_token") -> dict[str, Any]:
        """The introspection response (``{"active": false}`` for anything PSC does not vouch for)."""
        if self._context is None:
            self._context = ssl.create_default_context(cafile=str(self._ca_bundle))
        try:
            async with httpx.AsyncClient(verify=self._context, timeout=_TIMEOUT) as client:
                response = await client.post(self._url, data={"token": token, "token_type_hint": hint}, auth=self._auth)
            answer = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise PscUnavailable(type(exc).__name__) from None
        if response.status_code != 200 or not isinstance(answer, dict) or "active" not in answer:
            raise PscUnavailable(f"HTTP {response.status_code}")
        return answer
