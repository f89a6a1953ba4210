"""The target authorization server's clients: which certificate subject DNs may act for which client_id.

ANS's target authorization servers authenticate the software by its IGC Santé certificate (« le client_secret
est remplacé par la preuve de possession de la clé privée », IG 1.2.0): the client sends ``client_id`` in the
body and the server checks that the TLS client certificate's subject DN is one registered for that client
(Keycloak's X.509 client authenticator, RFC 8705 §2.1). Both sandbox credentials — the structure certificate
and the soft card's personal certificate — are registered for both of the desktop app's client ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.sandbox.identities import CARD_DN, STRUCTURE_DN


@dataclass(frozen=True)
class TargetClient:
    client_id: str
    subject_dns: tuple[str, ...]  # RFC 4514, compared exactly


CLIENTS: Mapping[str, TargetClient] = {
    client.client_id: client
    for client in (
        TargetClient("desktop-app", (STRUCTURE_DN, CARD_DN)),
        TargetClient("desktop-app-mtls", (STRUCTURE_DN, CARD_DN)),
    )
}
