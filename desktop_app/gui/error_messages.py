"""Error code → translated, actionable text (French first), for the GUI and the CLI.

The core raises typed errors with stable codes and non-secret parameters; this module owns the wording. Each
text says what happened and what to do. Unknown codes fall back to their family (``auth.*``, ``network.*``…) and
finally to a generic text: the user never sees a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import AppError, ParamValue

C = "errors"


def _t(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _texts() -> dict[str, str]:
    # Built on each call so that the active translator applies (a language switch needs no restart).
    return {
        "config.invalid": _t("The configuration is invalid: {detail}"),
        "config.unknown_key": _t("Unknown setting {key} in {file}. Check its spelling."),
        "config.unknown_environment": _t("The environment {environment} is not defined in the configuration."),
        "config.not_found": _t("The configuration file {file} does not exist."),
        "config.unreadable": _t("The configuration file {file} cannot be read: {detail}"),
        "config.insecure_url": _t("{key} must use https:// (plain http is only accepted on 127.0.0.1)."),
        "config.missing_client_id": _t("The environment {environment} needs a client_id in the configuration."),
        "config.no_client_secret": _t(
            "The client secret is missing: set the environment variable named by client_secret_env."
        ),
        "config.ca_bundle": _t("The CA bundle {file} cannot be read. Check the ca_bundle setting."),
        "config.pkce_unsupported": _t("The identity provider does not support PKCE S256: sign-in is refused."),
        "network.unreachable": _t(
            "Cannot reach {origin}. Check the network connection, the proxy settings, or try again later."
        ),
        "network.timeout": _t("{origin} did not answer in time. Try again in a moment."),
        "network.tls": _t(
            "The secure connection to {origin} failed: the server's certificate is not trusted or the connection "
            "was refused. Check the date of this computer and the ca_bundle setting."
        ),
        "network.server_error": _t("{origin} is having trouble (HTTP {status}). Try again later."),
        "protocol.invalid_response": _t("The server sent an unexpected answer ({what}). Try again later."),
        "discovery.issuer_mismatch": _t("The identity provider's configuration does not match its address."),
        "discovery.insecure_endpoint": _t("The identity provider announces an insecure (http) address: refused."),
        "discovery.missing_field": _t(
            "The identity provider's configuration lacks {field}. Check the issuer address in the configuration."
        ),
        "discovery.not_found": _t(
            "The identity provider's configuration was not found. Check the issuer address in the configuration."
        ),
        "discovery.no_userinfo": _t("The identity provider offers no userinfo endpoint: your identity cannot be read."),
        "jwks.invalid": _t("The identity provider's signing keys cannot be read. Try again later."),
        "jwks.insecure_uri": _t("The identity provider announces its signing keys at an insecure (http) address."),
        "jwks.no_usable_key": _t("The identity provider publishes no signing key this application can use."),
        "token_response.invalid": _t("The identity provider's token answer is unusable. Try again later."),
        "token_response.no_id_token": _t("The identity provider returned no identity token. Check the scope (openid)."),
        "userinfo.failed": _t("Your identity could not be read at Pro Santé Connect (HTTP {status}). Try again."),
        "idp.error": _t("The identity provider refused the request ({error})."),
        "idp.error.access_denied": _t("Sign-in was cancelled in the browser. You can try again."),
        "idp.error.invalid_grant": _t("The sign-in expired before it completed. Please sign in again."),
        "idp.error.invalid_client": _t("The identity provider does not recognise this application (client_id)."),
        "idp.error.login_required": _t("Your Pro Santé Connect session has ended. Please sign in again."),
        "auth.failed": _t("The sign-in did not complete. Try again."),
        "auth.browser_url_invalid": _t("The sign-in address is not a web address a browser may open: refused."),
        "auth.timeout": _t("No answer from the browser in time. Sign in again when you are ready."),
        "auth.cancelled": _t("Sign-in cancelled."),
        "auth.loopback_unavailable": _t(
            "No local port is free for the browser's return ({ports}). Close other sign-ins and try again."
        ),
        "auth.issuer_mismatch": _t("The browser's answer does not come from the expected identity provider: refused."),
        "auth.no_code": _t("The browser's answer carries no authorization code. Try again."),
        "auth.browser_unavailable": _t("No web browser could be opened. Copy the link and open it yourself."),
        "token.invalid": _t("The identity provider's token failed verification: sign-in refused for your safety."),
        "token.acr_too_low": _t("The authentication level is too low for this application."),
        "token.expired": _t("The identity token has expired. Check this computer's date and time, then sign in."),
        "token.not_yet_valid": _t("The identity token is not valid yet. Check this computer's date and time."),
        "session.sign_in_required": _t("You are not signed in. Sign in with Pro Santé Connect."),
        "session.expired": _t("Your session has expired. Please sign in again."),
        "session.refresh_expired": _t("Your session has expired. Please sign in again."),
        "session.refresh_refused": _t("Pro Santé Connect ended your session. Please sign in again."),
        "vault.unavailable": _t("No system keyring is available: the session cannot be kept safely on this computer."),
        "vault.locked": _t("The system keyring is locked. Unlock it, or keep the session in memory only."),
        "vault.timeout": _t("The system keyring does not answer. Unlock it, or keep the session in memory only."),
        "vault.error": _t("The system keyring refused the operation."),
        "vault.file_error": _t("The encrypted session file cannot be written or read ({reason})."),
        "vault.delete_failed": _t(
            "The system keyring refused to delete the session. Remove it with your keyring tool."
        ),
        "credential.error": _t("The client certificate cannot be used: {detail}"),
        "credential.not_found": _t(
            "The certificate file or the card was not found. Check its location in the configuration, or import "
            "the file again."
        ),
        "credential.bad_password": _t("Wrong password for the certificate file of {credential}."),
        "credential.locked": _t(
            "The certificate of {credential} is protected by its password: it can be read once the password is given."
        ),
        "credential.pin_incorrect": _t(
            "Incorrect card PIN. Check it before trying again: the card locks after too many wrong PINs."
        ),
        "credential.pin_locked": _t(
            "The card's PIN is locked after too many wrong PINs. Unlock it with its PUK code in your card tool "
            "(CPS-Gestion)."
        ),
        "credential.cancelled": _t("PIN or password entry cancelled: the certificate was not used."),
        "credential.token_absent": _t("The card is not in the reader, or was removed. Insert it and try again."),
        "credential.unreadable": _t(
            "The certificate cannot be read: the file is not a PKCS#12 file holding a certificate and its key, or "
            "it is damaged."
        ),
        "credential.expired": _t(
            "The certificate of {credential} has expired and can no longer be used. Ask for its renewal."
        ),
        "credential.not_yet_valid": _t(
            "The certificate of {credential} is not valid yet. Check this computer's date and time."
        ),
        "credential.provider_missing": _t(
            "OpenSSL's pkcs11-provider is not installed: the card cannot be used for secure connections. Install "
            "the pkcs11-provider package."
        ),
        "credential.module_missing": _t(
            "The card middleware (PKCS#11 module {module}) was not found. Install Cryptolib CPS, or set the "
            "module path in the configuration."
        ),
        "credential.module_conflict": _t(
            "Another card middleware is already in use: restart the application to use {module}."
        ),
        "credential.timeout": _t("The card did not answer in time. Check the reader, then try again."),
        "credential.tls_unsupported": _t(
            "This installation cannot use a card for secure connections (its OpenSSL version is not supported)."
        ),
        "credential.closed": _t("The application is closing: the card can no longer be used."),
        "userinfo.no_national_id": _t("Pro Santé Connect did not return your national identifier."),
        "config.proxy_unavailable": _t(
            "The environment {environment} uses the Proxy e-Santé architecture, which this version cannot use yet. "
            "Choose a direct environment."
        ),
        "sandbox.error": _t("The embedded sandbox could not start: {detail}"),
        "sandbox.port_busy": _t(
            "The embedded sandbox cannot start: port {port} is already in use. Stop the other program, or choose "
            "other ports with the environment variable DESKTOP_APP_SANDBOX_PORT."
        ),
        "config.no_credential": _t(
            "No certificate is chosen for the environment {environment}. Choose one (Certificates page, "
            "--credential, or credential in the configuration)."
        ),
        "config.api_incomplete": _t("The API {api} has no token_exchange_url in the configuration."),
        "api.http_error": _t("The API {api} answered HTTP {status}{problem}."),
        "api.unauthorized": _t(
            "The API {api} refused the access token (HTTP 401) even after a new token exchange{problem}. The "
            "certificate presented may not be the one the token is bound to."
        ),
        "api.forbidden": _t("The API {api} refuses this operation (HTTP 403){problem}."),
        "api.not_found": _t("Nothing at this address on the API {api} (HTTP 404){problem}. Check the path."),
        "api.unknown": _t("There is no API named {api} in the environment {environment} (configured: {known})."),
        "api.bad_url": _t(
            "The address {url} is outside the API {api} ({origin}): refused, so that its token is never sent elsewhere."
        ),
        "exchange.invalid_client": _t(
            "The API's authorization server does not accept the certificate « {credential} » for the application "
            "{client_id}: its subject (DN) is not registered for this client. Choose another certificate, or have "
            "this one registered."
        ),
        "exchange.invalid_grant": _t(
            "The API's authorization server refused your Pro Santé Connect session. Sign in again."
        ),
        "exchange.invalid_scope": _t(
            "The API's authorization server refused the scope « {scope} ». Check the API's scope in the configuration."
        ),
        "exchange.invalid_target": _t(
            "The API's authorization server does not know the audience « {audience} ». Check the API's audience in "
            "the configuration."
        ),
        "exchange.error": _t("The API's authorization server refused the token exchange ({error})."),
        "error": _t("Something went wrong: {detail}"),
    }


def error_text(error: BaseException) -> str:
    """The user-facing text for ``error``: specific when its code is known, generic otherwise."""
    if isinstance(error, AppError):
        # A new code falls back to its family, then to the text of its exception class's own code.
        class_codes = [c.code for c in type(error).__mro__ if issubclass(c, AppError) and "code" in vars(c)]
        return text_for(error.code, error.params, detail=error.message, fallbacks=class_codes)
    code = error_code(error)
    if code != "error":  # the sandbox's own error mirrors AppError's shape (it cannot import the core)
        raw = getattr(error, "params", None)
        params = {k: v for k, v in raw.items() if isinstance(v, str | int | float)} if isinstance(raw, Mapping) else {}
        return text_for(code, params, detail=str(error))
    return _texts()["error"].format(detail=type(error).__name__)


def error_code(error: BaseException) -> str:
    """The stable code of ``error`` (``"error"`` for an unexpected exception): shown small, for support."""
    code = getattr(error, "code", None)
    return code if isinstance(code, str) and code else "error"


def text_for(code: str, params: Mapping[str, ParamValue], *, detail: str = "", fallbacks: Sequence[str] = ()) -> str:
    texts = _texts()
    idp_error = params.get("error")
    candidates = []
    if code == "idp.error" and isinstance(idp_error, str):
        candidates.append(f"idp.error.{idp_error}")
    family = code.split(".", 1)[0]
    candidates += [code, family + ".invalid", family + ".error", family + ".failed", *fallbacks]
    template = next((texts[c] for c in candidates if c in texts), texts["error"])
    values = {k: "" if v is None else str(v) for k, v in params.items()}
    values.setdefault("detail", detail)
    return template.format_map(_Missing(values))


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"
