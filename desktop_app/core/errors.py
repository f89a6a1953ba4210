"""One exception tree for the whole core, with stable codes.

Every error the core raises is an :class:`AppError` whose ``code`` is a stable, dotted identifier
(``"auth.timeout"``, ``"vault.locked"``…). The GUI and the CLI turn the code into translated, actionable
wording (``desktop_app/gui/error_messages.py``); the core never words anything for the user.

``params`` carries the few *non-secret* values the wording needs (a port, a status code, an IdP error
code). Never put a token, code, verifier, PIN or password in a message or a parameter: the redaction
filter is a safety net, not a licence.
"""

from __future__ import annotations

from collections.abc import Mapping

ParamValue = str | int | float | None


class AppError(Exception):
    """Base of every error the core raises on purpose."""

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: ParamValue) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params: Mapping[str, ParamValue] = dict(params)

    @property
    def message(self) -> str:
        """The developer-facing English message (logs, ``-v`` output)."""
        return str(self.args[0]) if self.args else self.code


class ConfigError(AppError):
    """The configuration file or the command line is wrong (CLI exit code 2)."""

    code = "config.invalid"


class NetworkError(AppError):
    """The server could not be reached, or the connection failed before an HTTP answer."""

    code = "network.unreachable"


class TlsError(NetworkError):
    """The TLS handshake failed: untrusted certificate, wrong host name, protocol refused."""

    code = "network.tls"


class ProtocolError(AppError):
    """The server answered something we cannot use: garbage JSON, missing field, wrong content type."""

    code = "protocol.invalid_response"


class IdpError(AppError):
    """The identity provider answered a standard OAuth error (RFC 6749 §4.1.2.1 and §5.2).

    ``params["error"]`` holds the OAuth error code (``invalid_grant``, ``access_denied``…); the
    description is kept for logs only, as the IdP wrote it (it is not translated and may be English).
    """

    code = "idp.error"


class AuthFlowError(AppError):
    """The interactive sign-in did not complete: cancelled, timed out, browser unavailable, bad redirect."""

    code = "auth.failed"


class TokenValidationError(AppError):
    """A token failed validation (OpenID Connect Core §3.1.3.7): signature, issuer, audience, nonce, time."""

    code = "token.invalid"


class SignInRequired(AppError):
    """No usable session: the refresh token or the IdP session expired, or the user signed out (exit 3)."""

    code = "session.sign_in_required"


class VaultError(AppError):
    """Secrets could not be stored or read in the OS keyring."""

    code = "vault.error"


class VaultUnavailable(VaultError):
    """No usable OS keyring on this workstation (no Secret Service, no backend)."""

    code = "vault.unavailable"


class VaultLocked(VaultError):
    """The OS keyring exists but is locked, or the user dismissed its unlock prompt."""

    code = "vault.locked"


class VaultTimeout(VaultError):
    """The OS keyring did not answer in time."""

    code = "vault.timeout"


class CredentialError(AppError):
    """A client credential (PKCS#12 file, PKCS#11 card) could not be used."""

    code = "credential.error"
