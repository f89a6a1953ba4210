"""Which keyring backend the vault accepts, and how backend failures become typed vault errors.

``keyring`` picks a backend by priority and will happily pick one the vault must refuse: ``fail`` (no
backend at all), ``null`` (forgets everything), or a ``keyrings.alt`` backend, which once installed becomes
a *plaintext* (or weakly protected) file without a word. The vault never falls back to those; it raises
:class:`VaultUnavailable` and lets the app offer its visible memory-only mode instead. When keyring
returns its ``ChainerBackend`` (several viable backends), the vault unwraps it and uses the best acceptable
member only, because the chainer writes to the next backend in line when the first one fails: that is
exactly the silent fallback to forbid.

Backend exceptions never travel as they are: their text could, with some backend, echo what was being
stored (a data key). They become :class:`VaultError` subclasses carrying the exception's type name only.
"""

from __future__ import annotations

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
from keyring.backend import KeyringBackend

from desktop_app.core.errors import VaultError, VaultLocked, VaultUnavailable

_REFUSED_MODULE_PREFIXES = ("keyrings.alt",)


def resolve_backend(requested: KeyringBackend | None) -> KeyringBackend:
    """The backend to use: ``requested``, else keyring's choice; :class:`VaultUnavailable` if unacceptable.

    May block (keyring probes D-Bus to rank backends), so callers run it under a deadline.
    """
    try:
        candidate = requested if requested is not None else keyring.get_keyring()
    except Exception as exc:
        # keyring loads and probes the configured backend here; with a dead D-Bus address the probe
        # escapes as a bare OSError, which means "no keyring" just as NoKeyringError does.
        failure = _unavailable("keyring found no usable backend", error_type=type(exc).__name__)
    else:
        return _acceptable(candidate)
    raise failure  # outside the handler, so the backend's exception does not ride along as __context__


def _acceptable(candidate: KeyringBackend) -> KeyringBackend:
    if isinstance(candidate, keyring.backends.chainer.ChainerBackend):
        members = [member for member in candidate.backends if refusal_reason(member) is None]
        if not members:
            raise _unavailable("no acceptable backend among the chained ones", backend="ChainerBackend")
        candidate = members[0]  # the chainer lists its members by priority, highest first
    reason = refusal_reason(candidate)
    if reason is not None:
        raise _unavailable(f"keyring backend refused: {reason}", backend=backend_name(candidate), reason=reason)
    return candidate


def refusal_reason(backend: KeyringBackend) -> str | None:
    """Why the vault refuses ``backend`` (a short non-secret phrase), or None when it is acceptable."""
    if isinstance(backend, keyring.backends.fail.Keyring):
        return "no OS keyring (fail backend)"
    if isinstance(backend, keyring.backends.null.Keyring):
        return "null backend stores nothing"
    if type(backend).__module__.startswith(_REFUSED_MODULE_PREFIXES):
        return "keyrings.alt backends keep secrets in files, possibly in plaintext"
    try:
        priority = backend.priority
    except Exception:
        # keyring's convention: a backend's priority raises when the backend cannot work here.
        return "backend not usable on this system"
    if priority <= 0:
        return "backend has no positive priority (keyring itself would not choose it)"
    return None


def backend_name(backend: KeyringBackend) -> str:
    """``module.Class`` of a backend, for diagnostics (``doctor``)."""
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def translate(exc: Exception) -> VaultError:
    """The typed vault error for an exception raised by a keyring backend call.

    ``KeyringLocked``, a dismissed unlock prompt, a locked Secret Service collection → :class:`VaultLocked`;
    ``NoKeyringError``, another ``InitError``, no Secret Service on the bus, a failed D-Bus connection
    (``OSError``) → :class:`VaultUnavailable`; anything else → :class:`VaultError`. The exception's text is
    inspected, never copied.
    """
    if isinstance(exc, VaultError):
        return exc
    error_type = type(exc).__name__
    if _is_locked(exc):
        return _locked(error_type)
    if _is_unavailable(exc):
        return _unavailable("cannot reach a usable OS keyring", error_type=error_type)
    return VaultError("the OS keyring failed", error_type=error_type)


def _is_locked(exc: Exception) -> bool:
    text = str(exc).lower()
    module = type(exc).__module__
    return (
        isinstance(exc, keyring.errors.KeyringLocked)
        or (isinstance(exc, keyring.errors.InitError) and ("dismissed" in text or "locked" in text))
        or (
            module.startswith("secretstorage") and type(exc).__name__ in {"LockedException", "PromptDismissedException"}
        )
        or (module.startswith(("jeepney", "dbus")) and "locked" in text)
    )


def _is_unavailable(exc: Exception) -> bool:
    return isinstance(exc, keyring.errors.NoKeyringError | keyring.errors.InitError | OSError) or (
        type(exc).__module__.startswith("secretstorage") and type(exc).__name__ == "SecretServiceNotAvailableException"
    )


def _unavailable(message: str, **params: str) -> VaultUnavailable:
    return VaultUnavailable(message, **params)


def _locked(error_type: str) -> VaultLocked:
    return VaultLocked("the OS keyring is locked or its unlock prompt was dismissed", error_type=error_type)
