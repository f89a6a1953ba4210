"""The PKCS#1-only restriction: applied on truststore's inner context, and failing closed when unsure."""

from __future__ import annotations

import ssl

import pytest

from desktop_app.core.errors import CredentialError
from desktop_app.core.tls import _openssl, sigalgs
from desktop_app.core.tls.sigalgs import client_sigalgs_supported, restrict_to_pkcs1
from desktop_app.core.tls.trust import build_client_context


def max_version_seen_by_openssl(context: ssl.SSLContext) -> int:
    inner = getattr(context, "_ctx", context)
    pointer = sigalgs._ssl_ctx_pointer(inner)
    return int(_openssl.function("SSL_CTX_ctrl")(pointer, _openssl.SSL_CTRL_GET_MAX_PROTO_VERSION, 0, None))


def test_caps_truststore_context_at_tls12() -> None:
    context = build_client_context(None)
    restrict_to_pkcs1(context)
    assert context.maximum_version == ssl.TLSVersion.TLSv1_2
    assert max_version_seen_by_openssl(context) == 0x0303
    assert client_sigalgs_supported()


def test_build_client_context_cap() -> None:
    assert build_client_context(None, max_tls12=True).maximum_version == ssl.TLSVersion.TLSv1_2
    plain = build_client_context(None)
    assert plain.minimum_version == ssl.TLSVersion.TLSv1_2
    assert plain.check_hostname and plain.verify_mode == ssl.CERT_REQUIRED


def test_openssl_refusal_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sigalgs, "PKCS1_CLIENT_SIGALGS", "NOT+ANALGORITHM")
    with pytest.raises(CredentialError) as caught:
        restrict_to_pkcs1(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
    assert caught.value.code == "credential.tls_unsupported"


def test_unchecked_python_version_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sigalgs, "_CHECKED_LAYOUT", ((3, 0), (3, 1)))
    with pytest.raises(CredentialError) as caught:
        restrict_to_pkcs1(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
    assert caught.value.code == "credential.tls_unsupported"
    assert not client_sigalgs_supported()


def test_unknown_context_type_fails_closed() -> None:
    class Imitation(ssl.SSLContext):
        pass

    imitation = Imitation(ssl.PROTOCOL_TLS_CLIENT)
    restrict_to_pkcs1(imitation)  # a real subclass keeps the layout: accepted
    with pytest.raises(CredentialError):
        sigalgs._openssl_context(object())  # type: ignore[arg-type]


def test_native_setter_is_preferred(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    class Future(ssl.SSLContext):  # what Python >= 3.15 offers
        def set_client_sigalgs(self, value: str) -> None:
            calls.append(value)

    monkeypatch.setattr(sigalgs, "_ssl_ctx_pointer", lambda target: pytest.fail("ctypes route used"))
    restrict_to_pkcs1(Future(ssl.PROTOCOL_TLS_CLIENT))
    assert calls == ["RSA+SHA256:RSA+SHA384:RSA+SHA512"]
