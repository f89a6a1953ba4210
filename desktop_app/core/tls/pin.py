"""How the core asks for a card PIN or a PKCS#12 password: a protocol the GUI and the CLI implement.

The core never prompts by itself: it describes what it needs in a :class:`SecretRequest` and a
:class:`PinProvider` answers (the GUI with a dialog, the CLI with the terminal or an environment variable).
Providers are called on a worker thread, never on the GUI thread, and never on the PKCS#11 thread (a user
typing a PIN must not block the card). The secret is returned to the caller and not kept by any provider here.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol, TextIO


@dataclass(frozen=True)
class SecretRequest:
    """What a credential needs to unlock.

    ``tries_left`` is set when the token says so (``CKF_USER_PIN_FINAL_TRY`` → 1, ``CKF_USER_PIN_LOCKED`` never
    reaches a provider: the credential raises ``credential.pin_locked`` instead); ``pin_count_low`` mirrors
    ``CKF_USER_PIN_COUNT_LOW`` (a wrong PIN was entered since the last success). ``retry`` is True when the
    previous answer was wrong. ``env_var`` names the credential's ``pin_env``/``password_env`` (may be empty).
    """

    kind: Literal["pin", "password"]
    credential: str
    label: str
    tries_left: int | None = None
    retry: bool = False
    pin_count_low: bool = False
    env_var: str = ""


class PinProvider(Protocol):
    """Answers a :class:`SecretRequest`: the secret, or None when the user cancelled."""

    def ask(self, request: SecretRequest) -> str | None: ...


class EnvPinProvider:
    """Non-interactive use: the value of the credential's ``pin_env``/``password_env`` variable.

    A value that already failed (``retry``) is never offered twice — a card locks after a few wrong PINs — so a
    retry goes to ``fallback`` (the terminal, in the CLI), or ends with None when there is none.
    """

    def __init__(self, fallback: PinProvider | None = None, *, environ: Mapping[str, str] | None = None) -> None:
        self._fallback = fallback
        self._environ = environ if environ is not None else os.environ

    def ask(self, request: SecretRequest) -> str | None:
        if request.env_var and not request.retry:
            value = self._environ.get(request.env_var)
            if value:
                return value
        return self._fallback.ask(request) if self._fallback is not None else None


class TerminalPinProvider:
    """The CLI prompt: :func:`getpass.getpass` on the controlling terminal (``/dev/tty``), French wording.

    No terminal, end of input or Ctrl-C count as "cancelled" (None), so a script without a PIN fails cleanly
    with ``credential.cancelled`` instead of hanging.
    """

    def __init__(self, *, stream: TextIO | None = None) -> None:
        self._stream = stream

    def ask(self, request: SecretRequest) -> str | None:
        try:
            value = getpass.getpass(prompt_text(request), stream=self._stream)
        except (EOFError, KeyboardInterrupt, OSError):
            return None
        return value or None


def prompt_text(request: SecretRequest) -> str:
    """The terminal prompt, French first (the CLI's user-facing language)."""
    parts = []
    if request.retry:
        parts.append("Code PIN incorrect. " if request.kind == "pin" else "Mot de passe incorrect. ")
    if request.kind == "pin":
        parts.append(f"Code PIN de la carte « {request.label} »")
    else:
        parts.append(f"Mot de passe du certificat « {request.label} »")
    if request.tries_left is not None:
        plural = "s" if request.tries_left > 1 else ""
        parts.append(f" ({request.tries_left} essai{plural} restant{plural})")
    elif request.pin_count_low:
        parts.append(" (un code erroné a déjà été saisi)")
    parts.append(" : ")
    return "".join(parts)
