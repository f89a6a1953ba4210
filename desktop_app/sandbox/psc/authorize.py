"""The authorization endpoint and its login page (RFC 6749 §4.1.1–4.1.2, OpenID Connect Core §3.1.2).

GET validates the request with authlib and shows the login page; the page posts back to the same URL (the
authorization request stays in the query string, so nothing is kept server-side between the two), where the
request is validated again and answered by a redirect carrying ``code``, ``state`` and ``iss`` (RFC 9207), or
``error=access_denied`` when the user cancels. An unknown client or an unregistered redirect URI gets a French
error page and never a redirect (RFC 6749 §4.1.2.1: the user agent must not be sent to an unverified URI).
"""

from __future__ import annotations

from typing import Any

from authlib.common.urls import add_params_to_uri
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import InvalidClientError
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from desktop_app.sandbox.data import PRACTITIONERS, find_practitioner
from desktop_app.sandbox.psc.authorization_server import HttpRequest, PscAuthorizationServer
from desktop_app.sandbox.psc.discovery import ACR_VALUES
from desktop_app.sandbox.psc.pages import error_page, login_page
from desktop_app.sandbox.psc.tokens import Principal, new_id

AUTH_MODES = ("CARD", "MOBILE")


async def authorize(request: Request, server: PscAuthorizationServer) -> Response:
    http = await HttpRequest.read(request)
    oauth_request = server.create_oauth2_request(http)
    try:
        grant = server.get_consent_grant(oauth_request)
    except OAuth2Error as error:
        return _error_response(server, error)
    form = dict(http.form)
    if http.method == "GET":
        return _login(request, oauth_request)
    user: Principal | None = None
    if form.get("action") != "cancel":
        practitioner = find_practitioner(form.get("practitioner", ""))
        mode = form.get("auth_mode", "")
        if practitioner is None or mode not in AUTH_MODES:
            return _login(request, oauth_request, problem="Choisissez un professionnel et un moyen d'authentification.")
        acr = "eidas3" if mode == "CARD" else _requested_acr(oauth_request.payload.data.get("acr_values"))
        session = server.store.create_session(new_id(), practitioner.subject_name_id, mode, acr)
        user = Principal(practitioner, session, grant_id="")
    try:
        _, _, headers = grant.create_authorization_response(grant.redirect_uri, user)
    except OAuth2Error as error:
        error.state = oauth_request.payload.state
        return _error_response(server, error)
    return _redirect_with_issuer(server, headers)


def _login(request: Request, oauth_request: Any, problem: str | None = None) -> HTMLResponse:
    query = request.url.query
    return login_page(
        action=request.url.path + (f"?{query}" if query else ""),
        client_id=oauth_request.payload.client_id,
        practitioners=PRACTITIONERS,
        selected=oauth_request.payload.data.get("login_hint"),
        problem=problem,
    )


def _requested_acr(acr_values: str | None) -> str:
    """The first supported value the client asked for (OpenID Connect Core §3.1.2.1), else eidas1."""
    return next((v for v in (acr_values or "").split() if v in ACR_VALUES), "eidas1")


def _error_response(server: PscAuthorizationServer, error: OAuth2Error) -> Response:
    if not error.redirect_uri:
        if isinstance(error, InvalidClientError):
            return error_page(
                "Application inconnue",
                "Cette application n'est pas enregistrée auprès du bac à sable Pro Santé Connect.",
                error.get_error_description() or "",
            )
        return error_page(
            "Demande de connexion invalide",
            "La demande de connexion de l'application est invalide ou son adresse de retour n'est pas autorisée.",
            error.get_error_description() or "",
        )
    _, _, headers = error()
    return _redirect_with_issuer(server, headers)


def _redirect_with_issuer(server: PscAuthorizationServer, headers: list[tuple[str, str]]) -> Response:
    """RFC 9207 §2: every authorization response, errors included, names the issuer."""
    location = dict(headers)["Location"]
    return RedirectResponse(
        add_params_to_uri(location, [("iss", server.issuer)]),
        status_code=302,
        headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"},
    )
