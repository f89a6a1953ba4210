"""The client pool: one client per (credential, CA bundle), built once even under concurrency, dropped by name."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop_app.core.api.connections import ClientPool
from tests.unit.api.fakes import FakeCredential


def test_one_client_per_credential_and_trust() -> None:
    pool = ClientPool(timeout=5)
    structure, card = FakeCredential("structure"), FakeCredential("card")
    first = pool.client(structure, None)
    assert pool.client(structure, None) is first
    assert pool.client(card, None) is not first
    assert pool.client(structure, Path("/etc/ssl/certs/ca-certificates.crt")) is not first
    assert pool.client(None, None) is not first
    assert structure.contexts == 2 and card.contexts == 1
    pool.close()


def test_the_secret_is_asked_once_while_other_credentials_keep_working() -> None:
    """Eight threads want the card's client while its PIN prompt is open: one prompt; the structure is not blocked."""
    prompt_open, answer = threading.Event(), threading.Event()

    def slow_prompt() -> None:
        prompt_open.set()
        answer.wait(5)

    card, structure = FakeCredential("card", on_context=slow_prompt), FakeCredential("structure")
    pool = ClientPool(timeout=5)
    with ThreadPoolExecutor(8) as workers:
        futures = [workers.submit(pool.client, card, None) for _ in range(8)]
        assert prompt_open.wait(5)
        started = time.monotonic()
        pool.client(structure, None)
        assert time.monotonic() - started < 1.0
        answer.set()
        clients = {id(f.result(timeout=5)) for f in futures}
    assert len(clients) == 1 and card.contexts == 1
    pool.close()


def test_drop_closes_only_that_credentials_clients() -> None:
    pool = ClientPool(timeout=5)
    card, structure = FakeCredential("card"), FakeCredential("structure")
    card_client, structure_client = pool.client(card, None), pool.client(structure, None)
    pool.drop("card")
    assert card_client.is_closed and not structure_client.is_closed
    assert pool.client(card, None) is not card_client and card.contexts == 2
    pool.close()
    assert structure_client.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        pool.client(card, None)
    assert pool.handshakes == {}


def test_a_credential_replaced_under_the_same_name_gets_a_new_client() -> None:
    """A new .p12 imported as « structure »: the next request presents the new certificate."""
    pool = ClientPool(timeout=5)
    old, new = FakeCredential("structure"), FakeCredential("structure", der=b"another certificate")
    old_client = pool.client(old, None)
    new_client = pool.client(new, None)
    assert new_client is not old_client and old_client.is_closed
    assert pool.client(new, None) is new_client
    pool.close()
