"""PKCE (RFC 7636) and one-time values."""

from __future__ import annotations

import re

from desktop_app.core.auth.pkce import PkcePair, new_nonce, new_pkce, new_state, s256_challenge


def test_rfc7636_appendix_b_vector() -> None:
    # RFC 7636 Appendix B: the verifier and its S256 challenge.
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert s256_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_new_verifier_is_in_the_rfc_alphabet_and_length() -> None:
    pair = new_pkce()
    # RFC 7636 §4.1: 43..128 characters from [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"
    assert re.fullmatch(r"[A-Za-z0-9\-._~]{43,128}", pair.verifier)
    assert pair.method == "S256"
    assert pair.challenge == s256_challenge(pair.verifier)
    assert "=" not in pair.challenge


def test_values_are_fresh_each_time() -> None:
    assert len({new_pkce().verifier for _ in range(50)}) == 50
    assert len({new_state() for _ in range(50)}) == 50
    assert len({new_nonce() for _ in range(50)}) == 50
    assert new_state() != new_nonce()


def test_repr_hides_the_verifier() -> None:
    pair = new_pkce()
    assert pair.verifier not in repr(pair)
    assert isinstance(pair, PkcePair)
