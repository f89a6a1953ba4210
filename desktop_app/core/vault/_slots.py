"""A session slot: how ``(environment, practitioner)`` is named in the keyring, and what a slot may hold.

A session is addressed by ``(environment, practitioner)``. Keyring usernames are
``"<environment>/<practitioner>"`` (the session's key) and ``"<environment>/current"`` (who is signed in
in that environment). For that scheme to be injective, neither part may contain ``/``, and a
practitioner may not be called ``current``. Both parts are identifiers, not secrets (a practitioner's
national id is published in the Annuaire Santé), but they still never reach a log line: the logs name
the environment only.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.core.errors import VaultError

CURRENT = "current"
_MAX_LENGTH = 200


def check_environment(environment: str) -> None:
    """Refuse an environment name that would make keyring usernames ambiguous."""
    _check(environment, field="environment")


def check_practitioner(practitioner: str) -> None:
    """Refuse a practitioner id that would make keyring usernames ambiguous (``current`` is reserved)."""
    _check(practitioner, field="practitioner")
    if practitioner == CURRENT:
        raise VaultError("practitioner id 'current' is reserved", code="vault.invalid_name", field="practitioner")


def is_valid_practitioner(practitioner: str) -> bool:
    """Whether a value read back from the keyring (the current pointer) is a usable practitioner id."""
    try:
        check_practitioner(practitioner)
    except VaultError:
        return False
    return True


def key_username(environment: str, practitioner: str) -> str:
    """The keyring username under which the session's data key lives."""
    return f"{environment}/{practitioner}"


def current_username(environment: str) -> str:
    """The keyring username under which the environment's current practitioner is remembered."""
    return f"{environment}/{CURRENT}"


def _check(value: str, *, field: str) -> None:
    if not isinstance(value, str) or not value or len(value) > _MAX_LENGTH:
        raise VaultError(
            f"{field} must be a non-empty string of at most {_MAX_LENGTH} characters",
            code="vault.invalid_name",
            field=field,
        )
    if "/" in value or any(ord(char) < 32 or ord(char) == 127 for char in value):
        raise VaultError(f"{field} must not contain '/' or control characters", code="vault.invalid_name", field=field)


def copy_secrets(secrets: Mapping[str, str]) -> dict[str, str]:
    """A plain copy of ``secrets``, refusing non-string keys or values (a programming error, not user input)."""
    values = dict(secrets)
    for name, value in values.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("session secrets must map str to str")
    return values
