"""mTLS with a key that stays on a PKCS#11 token: a real SoftHSM2 card, OpenSSL's pkcs11-provider, real servers.

Each scenario runs in a fresh Python process, because what it exercises is process-wide on purpose: SoftHSM
reads ``SOFTHSM2_CONF`` once per process, the provider serves one PKCS#11 module per process, and PKCS#11
logins belong to the process. The parent owns the test PKI, the card and the TLS server on 127.0.0.1; the child
(:func:`child_main`) runs the app's credential code and reports what happened as JSON.

OpenSC's pkcs11-spy sits between the app and SoftHSM in the mechanism tests: its log shows which signature
mechanism the token was asked for.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.test_pki import EchoServer, Pki, SoftCard, pkcs11_spy_module, private_key_files, softhsm_module

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
P12_PASSWORD = "mixed-p12-password"


# -- the child side: the app's code, in a fresh process -------------------------------------------------------


class Scripted:
    """A PinProvider answering from a list and recording what it was asked (never the answers)."""

    def __init__(self, answers: list[str | None]) -> None:
        self.answers = list(answers)
        self.requests: list[dict[str, Any]] = []
        self.threads: set[int] = set()

    def ask(self, request: Any) -> str | None:
        self.threads.add(threading.get_ident())
        self.requests.append(
            {"kind": request.kind, "label": request.label, "retry": request.retry, "tries_left": request.tries_left}
        )
        return self.answers.pop(0) if self.answers else None


def _card_config(args: dict[str, Any]) -> Any:
    from desktop_app.core.config import CredentialConfig

    return CredentialConfig(
        name="card",
        type="pkcs11",
        module=args["module"],
        token_label=args["token"],
        key_label=args["key"],
        signature_scheme=args.get("scheme", "auto"),
        provider=args.get("provider", ""),
    )


def _fetch(context: Any, url: str) -> dict[str, Any]:
    import httpx

    with httpx.Client(verify=context, timeout=10) as client:
        return dict(client.get(url).json())


def _error_code(call: Callable[[], object]) -> str | None:
    from desktop_app.core.errors import CredentialError

    try:
        call()
    except CredentialError as exc:
        return exc.code
    return None


def scenario_connect(args: dict[str, Any]) -> dict[str, Any]:
    import pkcs11

    from desktop_app.core.config import CredentialConfig
    from desktop_app.core.tls.credential_set import CredentialSet
    from desktop_app.core.tls.credentials import list_tokens
    from desktop_app.core.tls.pkcs11_worker import Pkcs11Worker

    lib_threads: set[int] = set()
    real_lib = pkcs11.lib

    def recording_lib(so: str) -> Any:
        lib_threads.add(threading.get_ident())
        return real_lib(so)

    pkcs11.lib = recording_lib  # every python-pkcs11 entry goes through here: record the thread it runs on
    provider = Scripted([args["pin"]])
    configs = {"card": _card_config(args)}
    if args.get("p12"):
        configs["structure"] = CredentialConfig(name="structure", type="pkcs12", path=Path(args["p12"]))
        provider.answers.append(P12_PASSWORD)
    worker = Pkcs11Worker()
    creds = CredentialSet(configs, provider, worker)
    tokens = list_tokens(args["module"], worker)
    card = creds.get("card")
    info = card.certificate()
    context = card.ssl_context(Path(args["ca"]))
    first, second = _fetch(context, args["url"]), _fetch(context, args["url"])  # two handshakes, one PIN
    result: dict[str, Any] = {
        "tokens": [
            {"label": t.label, "certificates": t.certificate_labels, "pss": t.supports_pss, "login": t.login_required}
            for t in tokens
        ],
        "certificate_subject": info.subject,
        "subject": first["subject"],
        "version": first["version"],
        "second": second,
        "cached": card.ssl_context(Path(args["ca"])) is context,
        "requests": list(provider.requests),
        "lib_threads_are_worker": lib_threads == {worker.thread_id},
        "prompt_off_worker": worker.thread_id not in provider.threads,
    }
    if args.get("p12"):
        # The provider is loaded now: software keys and plain hashing keep working in the same process.
        result["p12_subject"] = _fetch(creds.get("structure").ssl_context(Path(args["ca"])), args["url"])["subject"]
        result["sha256"] = hashlib.sha256(b"abc").hexdigest()
    creds.forget_all()
    # The process is logged out: the old context can no longer sign, and must fail rather than prompt on a tty.
    try:
        _fetch(context, args["url"])
        result["old_context_after_forget"] = "worked"
    except Exception as exc:
        result["old_context_after_forget"] = type(exc).__name__
    provider.answers.append(args["pin"])
    result["after_forget"] = _fetch(card.ssl_context(Path(args["ca"])), args["url"])["subject"]
    result["asked_after_forget"] = len(provider.requests)
    creds.close()
    return result


def scenario_wrong_pin(args: dict[str, Any]) -> dict[str, Any]:
    from desktop_app.core.tls.credential_set import CredentialSet
    from desktop_app.core.tls.pkcs11_worker import Pkcs11Worker

    provider = Scripted(["0000", None])
    creds = CredentialSet({"card": _card_config(args)}, provider, Pkcs11Worker())
    card = creds.get("card")
    wrong = _error_code(lambda: card.ssl_context(Path(args["ca"])))
    cancelled_requests = list(provider.requests)
    provider.requests.clear()
    provider.answers = [None]
    cancelled = _error_code(lambda: card.ssl_context(Path(args["ca"])))
    provider.requests.clear()
    provider.answers = ["9999", args["pin"]]
    subject = _fetch(card.ssl_context(Path(args["ca"])), args["url"])["subject"]
    return {
        "wrong": wrong,
        "wrong_requests": cancelled_requests,
        "cancelled": cancelled,
        "retry_requests": provider.requests,
        "subject": subject,
    }


def scenario_removed(args: dict[str, Any]) -> dict[str, Any]:
    from desktop_app.core.tls.credential_set import CredentialSet
    from desktop_app.core.tls.pkcs11_worker import Pkcs11Worker

    provider = Scripted([args["pin"], args["pin"]])
    creds = CredentialSet({"card": _card_config(args)}, provider, Pkcs11Worker())
    card = creds.get("card")
    context = card.ssl_context(Path(args["ca"]))
    before = _fetch(context, args["url"])["subject"]
    tokens_dir = Path(args["tokens_dir"])
    backup = Path(args["backup"])
    shutil.copytree(tokens_dir, backup)
    for child in tokens_dir.iterdir():
        shutil.rmtree(child)  # the card is pulled out
    absent = _error_code(lambda: card.ssl_context(Path(args["ca"])))
    certificate_absent = _error_code(card.certificate)
    try:
        _fetch(context, args["url"])
        old_context_refused = False
    except Exception:
        old_context_refused = True
    return {
        "before": before,
        "absent": absent,
        "certificate_absent": certificate_absent,
        "old_context_refused": old_context_refused,
        "pins_asked": len(provider.requests),
    }


def scenario_missing(args: dict[str, Any]) -> dict[str, Any]:
    from dataclasses import replace

    from desktop_app.core.tls.credential_set import CredentialSet
    from desktop_app.core.tls.credentials import list_tokens
    from desktop_app.core.tls.pkcs11_worker import Pkcs11Worker

    provider = Scripted([args["pin"]] * 4)
    worker = Pkcs11Worker()
    base = _card_config(args)
    creds = CredentialSet(
        {
            "no-module": replace(base, name="no-module", module=args["module"] + ".absent"),
            "no-token": replace(base, name="no-token", token_label="NOT-INSERTED"),
            "no-key": replace(base, name="no-key", key_label="absent-key"),
            "no-provider": replace(base, name="no-provider", provider="/nonexistent/pkcs11.so"),
        },
        provider,
        worker,
    )
    codes = {name: _error_code(lambda name=name: creds.get(name).ssl_context(None)) for name in creds.names()}
    codes["list-no-module"] = _error_code(lambda: list_tokens("/nonexistent/module.so", worker))
    return {"codes": codes, "pins_asked": len(provider.requests)}


SCENARIOS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "connect": scenario_connect,
    "wrong_pin": scenario_wrong_pin,
    "removed": scenario_removed,
    "missing": scenario_missing,
}


def child_main() -> None:
    """Entry point of a child process: ``python -c '...child_main()' SCENARIO JSON_ARGS``."""
    scenario, raw = sys.argv[1], sys.argv[2]
    print(json.dumps(SCENARIOS[scenario](json.loads(raw))))


# -- the parent side: the world and the assertions ------------------------------------------------------------


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    secrets = tmp_path_factory.mktemp("card-secrets")
    scanned = tmp_path_factory.mktemp("card-scanned")
    pki = Pki(secrets / "pki")
    card = SoftCard.create(secrets / "card", pki)
    ca = pki.ca_bundle(scanned / "ca-bundle.pem")
    p12 = pki.write_p12(scanned / "org.p12", pki.client(), P12_PASSWORD)
    with EchoServer(pki) as server:
        yield {"pki": pki, "card": card, "ca": ca, "p12": p12, "server": server, "scanned": scanned}
    # Nothing any child wrote to its temp dir or HOME holds a private key (the card's key never left SoftHSM).
    assert private_key_files(scanned) == []


def run_child(world: dict[str, Any], scenario: str, card: SoftCard | None = None, **extra: Any) -> dict[str, Any]:
    card = card or world["card"]
    args = {
        "module": softhsm_module(),
        "token": card.token_label,
        "key": card.key_label,
        "pin": card.pin,
        "ca": str(world["ca"]),
        "url": world["server"].url,
        **extra,
    }
    env_extra = args.pop("env", {})
    tmp, home = world["scanned"] / "tmp", world["scanned"] / "home"
    tmp.mkdir(exist_ok=True)
    home.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "SOFTHSM2_CONF": str(card.conf),
        "TMPDIR": str(tmp),
        "HOME": str(home),
        **env_extra,
    }
    env.pop("PKCS11_PROVIDER_MODULE", None)
    code = "from tests.integration.test_mtls_card import child_main; child_main()"
    proc = subprocess.run(
        [sys.executable, "-c", code, scenario, json.dumps(args)],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Enter PIN" not in proc.stdout + proc.stderr  # OpenSSL's own terminal prompt never shows up
    assert card.pin not in proc.stderr  # nothing printed the PIN
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def test_card_key_authenticates_through_pkcs11_provider(world: dict[str, Any]) -> None:
    result = run_child(world, "connect", p12=str(world["p12"]))
    card: SoftCard = world["card"]
    subject = card.certificate.cert.subject.rfc4514_string()
    assert result["tokens"] == [{"label": "CPS-TEST", "certificates": ["authentification"], "pss": True, "login": True}]
    assert result["certificate_subject"] == subject
    assert result["subject"] == subject == result["second"]["subject"]
    assert result["version"] == "TLSv1.3"  # SoftHSM signs RSA-PSS, so "auto" keeps TLS 1.3
    assert result["cached"]
    assert result["requests"] == [{"kind": "pin", "label": "CPS-TEST", "retry": False, "tries_left": None}]
    assert result["lib_threads_are_worker"], "python-pkcs11 was entered outside the PKCS#11 worker thread"
    assert result["prompt_off_worker"], "the PIN prompt blocked the PKCS#11 worker thread"
    assert result["p12_subject"].startswith("CN=ORG AUTH_CLI")
    assert result["sha256"] == hashlib.sha256(b"abc").hexdigest()
    # forget_all() logged the process out: the next context asked for the PIN again (PIN for p12 + 2 card PINs).
    assert result["old_context_after_forget"] == "ConnectError"
    assert result["after_forget"] == subject
    assert result["asked_after_forget"] == 3


def test_wrong_pin_is_pin_incorrect_then_a_retry_works(world: dict[str, Any]) -> None:
    result = run_child(world, "wrong_pin")
    assert result["wrong"] == "credential.pin_incorrect"
    assert [r["retry"] for r in result["wrong_requests"]] == [False, True]
    assert result["cancelled"] == "credential.cancelled"
    assert [r["retry"] for r in result["retry_requests"]] == [False, True]
    assert result["subject"].startswith("CN=899700218896,OU=CPS")


def test_removed_card_is_token_absent(world: dict[str, Any], tmp_path: Path) -> None:
    card = world["card"].copy(tmp_path / "card-copy")
    result = run_child(
        world, "removed", card=card, tokens_dir=str(card.tokens_dir), backup=str(tmp_path / "token-backup")
    )
    assert result["before"].startswith("CN=899700218896")
    assert result["absent"] == "credential.token_absent"
    assert result["certificate_absent"] == "credential.token_absent"
    assert result["old_context_refused"]
    assert result["pins_asked"] == 1


def test_missing_pieces_are_named(world: dict[str, Any]) -> None:
    result = run_child(world, "missing")
    assert result["codes"] == {
        "no-module": "credential.module_missing",
        "no-token": "credential.token_absent",
        "no-key": "credential.unreadable",
        "no-provider": "credential.provider_missing",
        "list-no-module": "credential.module_missing",
    }
    assert result["pins_asked"] == 0  # every one of them fails before asking the user anything


def _spied(world: dict[str, Any], tmp_path: Path, scheme: str) -> tuple[dict[str, Any], list[str]]:
    log = tmp_path / f"spy-{scheme}.log"
    result = run_child(
        world,
        "connect",
        module=pkcs11_spy_module(),
        scheme=scheme,
        env={"PKCS11SPY": softhsm_module(), "PKCS11SPY_OUTPUT": str(log)},
    )
    text = log.read_text(errors="replace")
    signing = [m.group(1) for m in re.finditer(r"C_SignInit.*?pMechanism->type = (CKM_\w+)", text, re.S)]
    assert "C_Login" in text  # the spy really sat between the app and SoftHSM
    return result, signing


def test_pkcs1_scheme_signs_with_rsa_pkcs_over_tls12(world: dict[str, Any], tmp_path: Path) -> None:
    result, mechanisms = _spied(world, tmp_path, "pkcs1")
    assert result["version"] == "TLSv1.2"
    assert mechanisms, "the token was never asked to sign"
    # PKCS#1 v1.5 only (CKM_RSA_PKCS, or its hash-and-sign form CKM_SHA256_RSA_PKCS), never PSS.
    assert all(re.fullmatch(r"CKM_(SHA\d+_)?RSA_PKCS", m) for m in mechanisms), mechanisms


def test_auto_scheme_uses_pss_and_tls13_when_the_token_can(world: dict[str, Any], tmp_path: Path) -> None:
    result, mechanisms = _spied(world, tmp_path, "auto")
    assert result["version"] == "TLSv1.3"
    assert mechanisms and all(m.endswith("_PSS") for m in mechanisms), mechanisms


def test_spy_and_tools_are_installed() -> None:
    """`make test` runs tools/system-deps.sh first: a missing package is a failure, never a skip."""
    assert Path(softhsm_module()).is_file() and Path(pkcs11_spy_module()).is_file()
    assert shutil.which("softhsm2-util") and shutil.which("pkcs11-tool")
