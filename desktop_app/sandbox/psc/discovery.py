"""The provider's metadata (OpenID Connect Discovery 1.0 §3, RFC 8414 §2).

Shaped like PSC's ``wallet-openid-configuration`` but listing ONLY what the sandbox really does: a client that
trusts the document (as it should) must never be led to a feature that is not there.
"""

from __future__ import annotations

from typing import Any

from desktop_app.sandbox.psc.clients import SUPPORTED_SCOPES
from desktop_app.sandbox.psc.keys import ALGORITHM
from desktop_app.sandbox.settings import SandboxUrls

ACR_VALUES = ("eidas1", "eidas2", "eidas3")
_SECRET_METHODS = ["client_secret_basic", "client_secret_post"]
_CLIENT_METHODS = [*_SECRET_METHODS, "tls_client_auth"]


def metadata(urls: SandboxUrls) -> dict[str, Any]:
    return {
        "issuer": urls.issuer,
        "authorization_endpoint": urls.authorization,
        "token_endpoint": urls.token,
        "userinfo_endpoint": urls.userinfo,
        "introspection_endpoint": urls.introspection,
        "revocation_endpoint": urls.revocation,
        "end_session_endpoint": urls.end_session,
        "jwks_uri": urls.jwks,
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": [ALGORITHM],
        "userinfo_signing_alg_values_supported": [ALGORITHM],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["none", *_CLIENT_METHODS],
        "introspection_endpoint_auth_methods_supported": _CLIENT_METHODS,
        "revocation_endpoint_auth_methods_supported": ["none", *_CLIENT_METHODS],
        # RFC 8705 §3.3 and §5: the back channel asks for a client certificate (optional) on every endpoint, so
        # the aliases are the same URLs, as Keycloak publishes them.
        "tls_client_certificate_bound_access_tokens": True,
        "mtls_endpoint_aliases": {
            "token_endpoint": urls.token,
            "revocation_endpoint": urls.revocation,
            "introspection_endpoint": urls.introspection,
            "userinfo_endpoint": urls.userinfo,
        },
        "scopes_supported": list(SUPPORTED_SCOPES),
        "acr_values_supported": list(ACR_VALUES),
        "claims_supported": [
            "iss",
            "sub",
            "aud",
            "azp",
            "exp",
            "iat",
            "auth_time",
            "nonce",
            "acr",
            "sid",
            "at_hash",
            "authMode",
            "preferred_username",
            "SubjectNameID",
            "given_name",
            "family_name",
            "SubjectOrganization",
            "SubjectOrganizationID",
            "SubjectRole",
            "SubjectRefPro",
            "Secteur_Activite",
            "Palier_Authentification",
            "otherIds",
        ],
        "claim_types_supported": ["normal"],
        "claims_parameter_supported": False,
        "request_parameter_supported": False,
        "request_uri_parameter_supported": False,
        "authorization_response_iss_parameter_supported": True,
        "frontchannel_logout_supported": False,
        "backchannel_logout_supported": False,
    }
