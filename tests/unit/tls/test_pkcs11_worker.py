"""The PKCS#11 worker: one thread for every call, results and errors carried back, timeouts, shutdown."""

from __future__ import annotations

import threading

import pytest

from desktop_app.core.errors import CredentialError
from desktop_app.core.tls.pkcs11_worker import Pkcs11Worker


@pytest.fixture
def worker() -> Pkcs11Worker:
    w = Pkcs11Worker(timeout=5.0)
    yield w  # type: ignore[misc]
    w.close()


def test_every_call_runs_on_the_same_dedicated_thread(worker: Pkcs11Worker) -> None:
    assert worker.thread_id is None  # started on first use: creating it costs nothing
    seen: set[int] = set()
    results: list[int] = []

    def call(i: int) -> None:
        results.append(worker.submit(lambda: seen.add(threading.get_ident()) or i))

    callers = [threading.Thread(target=call, args=(i,)) for i in range(8)]
    for t in callers:
        t.start()
    for t in callers:
        t.join(5)
    assert sorted(results) == list(range(8))
    assert seen == {worker.thread_id}
    assert worker.thread_id != threading.get_ident()


def test_errors_are_raised_in_the_caller(worker: Pkcs11Worker) -> None:
    def boom() -> None:
        raise ValueError("from the token")

    with pytest.raises(ValueError, match="from the token"):
        worker.submit(boom)
    assert worker.submit(lambda: 42) == 42  # the thread survived


def test_a_call_from_the_worker_thread_runs_inline(worker: Pkcs11Worker) -> None:
    assert worker.submit(lambda: worker.submit(lambda: "nested")) == "nested"


def test_timeout_is_a_credential_error(worker: Pkcs11Worker) -> None:
    release = threading.Event()
    with pytest.raises(CredentialError) as caught:
        worker.submit(lambda: release.wait(5), timeout=0.05)
    assert caught.value.code == "credential.timeout"
    release.set()
    assert worker.submit(lambda: "after") == "after"


def test_closed_worker_refuses_work() -> None:
    worker = Pkcs11Worker()
    assert worker.submit(lambda: 1) == 1
    thread_id = worker.thread_id
    worker.close()
    worker.close()  # idempotent
    assert thread_id is not None
    assert not any(t.ident == thread_id for t in threading.enumerate())
    with pytest.raises(CredentialError) as caught:
        worker.submit(lambda: 2)
    assert caught.value.code == "credential.closed"
