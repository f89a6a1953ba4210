"""Is a sandbox already answering here? (So the app reuses one started in another terminal or by a test.)"""

from __future__ import annotations

import http.client
import json
import ssl
from urllib.parse import urlsplit

from desktop_app.sandbox.settings import SandboxSettings, SandboxUrls, ca_bundle_path


def is_running(settings: SandboxSettings, timeout: float = 0.5) -> bool:
    """True when discovery answers on ``host:port`` over HTTPS, trusted through OUR test CA, with our issuer.

    A sandbox started on another state folder has another CA: the TLS handshake fails and this says False.
    """
    ca_bundle = ca_bundle_path(settings)
    if not settings.port or not ca_bundle.is_file():
        return False
    urls = SandboxUrls.from_settings(settings)
    connection: http.client.HTTPSConnection | None = None
    try:
        context = ssl.create_default_context(cafile=str(ca_bundle))
        connection = http.client.HTTPSConnection(settings.host, settings.port, timeout=timeout, context=context)
        connection.request("GET", urlsplit(urls.discovery).path, headers={"Accept": "application/json"})
        response = connection.getresponse()
        document = json.loads(response.read(65536))
        return response.status == 200 and isinstance(document, dict) and document.get("issuer") == urls.issuer
    except (OSError, ssl.SSLError, http.client.HTTPException, ValueError):
        return False
    finally:
        if connection is not None:
            connection.close()
