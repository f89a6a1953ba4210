"""Sign-in, refresh and sign-out against the identity provider: the network half of the session.

:class:`AuthService` owns the HTTP client, discovery, JWKS and client authentication of one environment and
drives :class:`~desktop_app.core.auth.session.Session` (the state half). Every public method may block on the
network or the keyring: the GUI calls them through its background-task helper, the CLI directly.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from desktop_app.core.auth import code_flow
from desktop_app.core.auth.acr import minimum_level
from desktop_app.core.auth.browser import BrowserLauncher
from desktop_app.core.auth.client_auth import ClientAuthenticator
from desktop_app.core.auth.discovery import DiscoveryClient, ProviderMetadata
from desktop_app.core.auth.id_token import validate_id_token
from desktop_app.core.auth.jwks import JwksCache
from desktop_app.core.auth.loopback import LoopbackReceiver, Purpose
from desktop_app.core.auth.pkce import new_state
from desktop_app.core.auth.session import GRANT_OVER_ERRORS, Session, SessionStatus
from desktop_app.core.auth.tokens import Clock, TokenSet, system_clock
from desktop_app.core.auth.userinfo import fetch_userinfo
from desktop_app.core.config import Environment
from desktop_app.core.errors import AppError, AuthFlowError, ConfigError, IdpError, SignInRequired

log = logging.getLogger(__name__)

LOGOUT_LANDING_TIMEOUT = 60.0


@dataclass(frozen=True)
class SignOutReport:
    """What the sign-out managed beyond the local wipe (which always happens first)."""

    revoked: bool
    idp_session_ended: bool


class AuthService:
    """PSC sign-in for one environment. Thread-safe."""

    def __init__(
        self,
        env: Environment,
        session: Session,
        *,
        http: httpx.Client,
        discovery: DiscoveryClient,
        jwks: JwksCache,
        client: ClientAuthenticator,
        browser: BrowserLauncher | None = None,
        clock: Clock = system_clock,
        language: str = "fr",
        mtls_http: Callable[[], httpx.Client] | None = None,
    ) -> None:
        """``mtls_http`` gives the client that presents the environment's certificate, for ``tls_client_auth``
        (RFC 8705 §2): it carries the token, revocation and userinfo requests (the PSC tokens it obtains are then
        bound to that certificate, RFC 8705 §3). It is called at first use, on the calling (worker) thread,
        because building it may ask for the credential's password or PIN. Discovery and JWKS stay on ``http``."""
        self.env = env
        self.session = session
        self._http = http
        self._discovery = discovery
        self._jwks = jwks
        self._client = client
        self._browser = browser or BrowserLauncher()
        self._clock = clock
        self.language = language
        self._waiting: set[LoopbackReceiver] = set()
        self._waiting_lock = threading.Lock()
        self._mtls_http = mtls_http

    def _token_http(self) -> httpx.Client:
        """The client for the token endpoint and the bound tokens' resource servers (see ``__init__``)."""
        if self._client.uses_mtls:
            if self._mtls_http is None:
                raise ConfigError(
                    "tls_client_auth needs a client certificate",
                    code="config.no_credential",
                    environment=self.env.name,
                )
            return self._mtls_http()
        return self._http

    def metadata(self) -> ProviderMetadata:
        """The provider's metadata (cached in memory and on disk; network on first use)."""
        return self._discovery.metadata(self.env.issuer, self.env.discovery_url)

    # ----------------------------------------------------------------- sign-in (browser)
    def begin_sign_in(self, *, open_browser: bool = True) -> SignInAttempt:
        """Discovery, a loopback receiver on 127.0.0.1, the authorization URL; then the browser (if asked).

        Network (discovery, first time) and a socket bind: call off the GUI thread.
        """
        metadata = self.metadata()
        state = new_state()
        receiver = self._receiver(state, "authorization", self.env.login_timeout)
        redirect_uri = receiver.start()
        try:
            request = code_flow.build_authorization_request(
                metadata,
                client_id=self.env.require_client_id(),
                redirect_uri=redirect_uri,
                scope=self.env.scope,
                acr_values=self.env.acr_values,
                state=state,
            )
        except AppError:
            receiver.close()
            raise
        attempt = SignInAttempt(self, metadata, receiver, request)
        if open_browser:
            attempt.open_browser()
        return attempt

    def _receiver(self, state: str, purpose: Purpose, timeout: float) -> LoopbackReceiver:
        """A loopback receiver on the environment's registered ports and path (RFC 8252 §7.3)."""
        return LoopbackReceiver(
            expected_state=state,
            purpose=purpose,
            ports=self.env.redirect_ports,
            path=self.env.redirect_path,
            timeout=timeout,
            language=self.language,
        )

    def _complete_sign_in(self, attempt: SignInAttempt, code: str) -> SessionStatus:
        metadata = attempt.metadata
        body = code_flow.exchange_code(self._token_http(), metadata, self._client, code=code, request=attempt.request)
        now = self._clock()
        tokens = TokenSet.from_response(body, now=now)
        claims = validate_id_token(
            tokens.id_token,
            jwks=self._jwks,
            jwks_uri=metadata.jwks_uri,
            issuer=metadata.issuer,
            client_id=self._client.client_id,
            nonce=attempt.request.nonce,
            now=now,
            acr_min=minimum_level(self.env.acr_values),
        )
        userinfo = fetch_userinfo(
            self._token_http(),
            metadata,
            access_token=tokens.access_token,
            expected_sub=claims.sub,
            jwks=self._jwks,
            client_id=self._client.client_id,
            now=now,
        )
        log.info("signed in to %s (acr %s)", self.env.name, claims.acr)
        return self.session.signed_in(tokens, claims, userinfo)

    # ----------------------------------------------------------------- tokens
    def access_token(self) -> str:
        """A PSC access token with more than its margin left, refreshing first if needed (single flight).

        Raises :class:`SignInRequired` when the grant is over; :class:`NetworkError` leaves the session as is.
        """
        with self.session.refresh_lock:
            tokens = self.session.current_tokens()
            if tokens is None:
                raise SignInRequired("not signed in", code="session.sign_in_required")
            if tokens.access_token and tokens.access_valid(self._clock()):
                return tokens.access_token
            return self._refresh_locked(tokens).access_token

    def refresh(self) -> SessionStatus:
        """Refresh now, whatever the access token's remaining time (network + keyring)."""
        with self.session.refresh_lock:
            tokens = self.session.current_tokens()
            if tokens is None:
                raise SignInRequired("not signed in", code="session.sign_in_required")
            self._refresh_locked(tokens)
            return self.session.status

    def refresh_if_due(self) -> SessionStatus:
        """Refresh only when the access token is inside its margin: what the background scheduler calls."""
        self.access_token()
        return self.session.status

    def next_refresh_at(self) -> float | None:
        """Wall-clock time at which the access token enters its refresh margin (``None``: nothing to refresh)."""
        tokens = self.session.current_tokens()
        if tokens is None or not tokens.refresh_token:
            return None
        if not tokens.access_token:
            return self._clock()
        return tokens.access_expires_at - tokens.refresh_margin()

    def _refresh_locked(self, tokens: TokenSet) -> TokenSet:
        now = self._clock()
        if not tokens.refresh_valid(now):
            self.session.require_sign_in("session.refresh_expired")
            raise SignInRequired("the refresh token has expired", code="session.refresh_expired")
        metadata = self.metadata()
        refresh_token = tokens.refresh_token or ""  # refresh_valid() checked it is there
        try:
            body = code_flow.refresh(
                self._token_http(), metadata, self._client, refresh_token=refresh_token, scope=self.env.scope
            )
        except IdpError as exc:
            if exc.params.get("error") in GRANT_OVER_ERRORS:
                self.session.require_sign_in("session.refresh_refused")
                raise SignInRequired(
                    "the identity provider ended the session", code="session.refresh_refused"
                ) from None
            raise
        now = self._clock()
        new_tokens = TokenSet.from_response(body, now=now, previous=tokens)
        claims = None
        if body.get("id_token"):
            claims = validate_id_token(
                new_tokens.id_token,
                jwks=self._jwks,
                jwks_uri=metadata.jwks_uri,
                issuer=metadata.issuer,
                client_id=self._client.client_id,
                nonce=None,
                now=now,
                acr_min=None,
                previous=self.session.id_claims(),
            )
        self.session.tokens_refreshed(new_tokens, claims)
        log.info("refreshed the session of %s", self.env.name)
        return new_tokens

    def cancel_pending(self) -> None:
        """Cancel every browser round trip still waiting (sign-out landing): the app is closing. Non-blocking."""
        with self._waiting_lock:
            receivers = list(self._waiting)
        for receiver in receivers:
            receiver.cancel()

    # ----------------------------------------------------------------- sign-out
    def sign_out(self, *, end_idp_session: bool = True, open_browser: bool = True) -> SignOutReport:
        """Wipe local secrets first, then revoke the refresh token (RFC 7009) and end the IdP session in the
        browser (RP-Initiated Logout), landing on the loopback. Network/keyring/browser: off the GUI thread."""
        with self.session.refresh_lock:
            held, _ = self.session.clear()
        if held is None:
            return SignOutReport(revoked=False, idp_session_ended=False)
        try:
            metadata = self.metadata()
        except AppError as exc:
            log.warning("sign-out could not reach the identity provider: %s", exc.code)
            return SignOutReport(revoked=False, idp_session_ended=False)
        revoked = False
        if held.tokens.refresh_token:
            try:
                revoked = code_flow.revoke(self._token_http(), metadata, self._client, token=held.tokens.refresh_token)
            except AppError as exc:
                log.warning("revocation failed: %s", exc.code)
        ended = False
        if end_idp_session:
            ended = self._end_idp_session(metadata, held.tokens.id_token, open_browser=open_browser)
        return SignOutReport(revoked=revoked, idp_session_ended=ended)

    def _end_idp_session(self, metadata: ProviderMetadata, id_token: str, *, open_browser: bool) -> bool:
        if not metadata.end_session_endpoint or not open_browser:
            return False
        state = new_state()
        with self._receiver(state, "logout", min(LOGOUT_LANDING_TIMEOUT, self.env.login_timeout)) as receiver:
            url = code_flow.end_session_url(
                metadata,
                id_token=id_token,
                client_id=self._client.client_id,
                post_logout_redirect_uri=receiver.redirect_uri,
                state=state,
            )
            if url is None:
                return False
            with self._waiting_lock:
                self._waiting.add(receiver)
            try:
                self._browser.open(url, on_result=lambda ok: None if ok else receiver.cancel())
                receiver.wait()
            except AppError as exc:
                log.info("the IdP session end was not confirmed: %s", exc.code)
                return False
            finally:
                with self._waiting_lock:
                    self._waiting.discard(receiver)
        return True


class SignInAttempt:
    """One browser sign-in in progress: its URL (to copy), a deadline (for the countdown), cancel and wait."""

    def __init__(
        self,
        service: AuthService,
        metadata: ProviderMetadata,
        receiver: LoopbackReceiver,
        request: code_flow.AuthorizationRequest,
    ) -> None:
        self._service = service
        self.metadata = metadata
        self.request = request
        self._receiver = receiver
        self.browser_failed = False

    @property
    def url(self) -> str:
        """The authorization URL, for « Copier le lien » (it carries no secret: state and nonce are one-time)."""
        return self.request.url

    @property
    def deadline(self) -> float:
        """``time.monotonic()`` value after which the attempt times out."""
        return self._receiver.deadline

    def seconds_left(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def open_browser(self, on_result: Callable[[bool], None] | None = None) -> None:
        """(Re)open the system browser on the authorization URL; non-blocking."""

        def done(ok: bool) -> None:
            self.browser_failed = not ok
            if on_result is not None:
                on_result(ok)

        self._service._browser.open(self.url, on_result=done)

    def cancel(self) -> None:
        """Thread-safe, non-blocking: :meth:`wait` raises ``AuthFlowError(auth.cancelled)``."""
        self._receiver.cancel()

    def wait(self) -> SessionStatus:
        """Block until the redirect, then exchange, validate and store (network + keyring)."""
        try:
            params = self._receiver.wait()
        finally:
            self._receiver.close()
        code_flow.check_issuer_parameter(params, self.metadata)
        if not params.code:
            raise AuthFlowError("redirect without an authorization code", code="auth.no_code")
        return self._service._complete_sign_in(self, params.code)
