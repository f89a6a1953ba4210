"""Token responses (RFC 6749 §5.1) and refresh margins."""

from __future__ import annotations

import pytest

from desktop_app.core.auth.tokens import TokenSet
from desktop_app.core.errors import ProtocolError

BODY = {
    "access_token": "at-1",
    "token_type": "Bearer",
    "expires_in": 120,
    "refresh_token": "rt-1",
    "refresh_expires_in": 1800,
    "id_token": "idt-1",
    "scope": "openid scope_all",
}


def test_lifetimes_come_from_the_response() -> None:
    tokens = TokenSet.from_response(BODY, now=1000.0)
    assert tokens.access_expires_at == 1120.0
    assert tokens.refresh_expires_at == 2800.0
    assert tokens.scope == "openid scope_all"


def test_margin_is_the_smaller_of_60s_and_20_percent() -> None:
    assert TokenSet.from_response(BODY, now=0).refresh_margin() == pytest.approx(24.0)  # PSC's 2 minutes
    long_lived = TokenSet.from_response({**BODY, "expires_in": 3600}, now=0)
    assert long_lived.refresh_margin() == 60.0


def test_access_valid_honours_the_margin() -> None:
    tokens = TokenSet.from_response(BODY, now=0)
    assert tokens.access_valid(95.0)
    assert not tokens.access_valid(96.0)  # 120 - 24
    assert tokens.access_valid(110.0, margin=0)


def test_refresh_keeps_previous_refresh_and_id_token_when_absent() -> None:
    first = TokenSet.from_response(BODY, now=0)
    second = TokenSet.from_response(
        {"access_token": "at-2", "token_type": "bearer", "expires_in": 120}, now=100, previous=first
    )
    assert second.refresh_token == "rt-1"
    assert second.id_token == "idt-1"
    assert second.refresh_expires_at == first.refresh_expires_at
    assert second.scope == first.scope


def test_refresh_valid() -> None:
    tokens = TokenSet.from_response(BODY, now=0)
    assert tokens.refresh_valid(1799)
    assert not tokens.refresh_valid(1800)
    assert TokenSet.from_response({**BODY, "refresh_expires_in": 0}, now=0).refresh_valid(10**9)  # offline token


@pytest.mark.parametrize(
    "body",
    [
        {**BODY, "access_token": ""},
        {k: v for k, v in BODY.items() if k != "access_token"},
        {**BODY, "token_type": "mac"},
        {k: v for k, v in BODY.items() if k != "id_token"},
    ],
)
def test_malformed_responses_are_protocol_errors(body: dict[str, object]) -> None:
    with pytest.raises(ProtocolError):
        TokenSet.from_response(body, now=0)


def test_repr_never_shows_tokens() -> None:
    text = repr(TokenSet.from_response(BODY, now=0))
    assert "at-1" not in text and "rt-1" not in text and "idt-1" not in text
