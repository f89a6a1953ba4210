"""What ``desktop-app doctor`` checks for one environment, in the order a support engineer would.

From the outside in: names and TLS trust of every endpoint the environment uses (the identity provider, each
API's authorization server and base URL), the clock, the keyring, then the credential used for mTLS (readable,
valid, chained to the configured anchors, accepted by each authorization server) and the cards (listed without
a PIN). The checks themselves live in :mod:`desktop_app.core.api.checks`; the command line words them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

import httpx

from desktop_app.core.api.checks import (
    Check,
    check_card,
    check_certificate,
    check_chain,
    check_clock,
    check_dns,
    check_keyring,
    check_mutual_tls,
    check_tls,
)
from desktop_app.core.config import CredentialConfig, Environment

if TYPE_CHECKING:
    from desktop_app.core.api.connections import ClientPool
    from desktop_app.core.tls.credentials import Credential
    from desktop_app.core.tls.tokens import TokenInfo


def run_doctor(
    env: Environment,
    *,
    http: httpx.Client,
    pool: ClientPool,
    credential: Credential | None,
    cards: Sequence[CredentialConfig],
    list_cards: Callable[[str], list[TokenInfo]],
    keyring_probe: Callable[[], None],
    keyring_backend: Callable[[], str | None],
) -> Iterator[Check]:
    """The checks of ``env``, one at a time (each may take a network round trip: print them as they come)."""
    endpoints = [env.issuer] + [url for api in env.apis.values() for url in (api.token_exchange_url, api.base_url)]
    origins = list(dict.fromkeys(_origin(url) for url in endpoints if url))
    for host in dict.fromkeys(httpx.URL(origin).host for origin in origins):
        yield check_dns(f"https://{host}/")
    for origin in origins:
        yield check_tls(origin, env.ca_bundle)
    if env.issuer:
        yield check_clock(http, env.issuer)
    yield check_keyring(keyring_probe, keyring_backend)
    if credential is None:
        yield Check("warn", "credential.none", {"environment": env.name})
    else:
        yield from _credential_checks(env, pool, credential)
    for card in cards:
        yield check_card(card, list_cards)


def _credential_checks(env: Environment, pool: ClientPool, credential: Credential) -> Iterator[Check]:
    # The handshakes come first: they unlock the credential when its secret is in the environment, and a .p12
    # whose certificate is encrypted can be read only then. They are reported last, after what they rely on.
    by_origin = {
        _origin(api.token_exchange_url): api.token_exchange_url for api in env.apis.values() if api.token_exchange_url
    }
    handshakes = [check_mutual_tls(pool, credential, env.ca_bundle, url) for url in by_origin.values()]
    checks, info = check_certificate(credential)
    yield from checks
    if info is not None:
        chain = check_chain(info, env.ca_bundle)
        accepted = next((h for h in handshakes if h.code == "mtls.ok"), None)
        if chain.status == "warn" and accepted is not None:
            # The bundle holds only the root (the usual case): the server has just built and verified the chain.
            chain = Check("ok", "chain.accepted", {"origin": accepted.params["origin"]})
        yield chain
    yield from handshakes


def _origin(url: str) -> str:
    parts = httpx.URL(url)
    return f"{parts.scheme}://{parts.host}:{parts.port or 443}"
