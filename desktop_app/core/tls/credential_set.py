"""The app's configured credentials, by name: one instance each, so a PIN or password is asked once per session.

Built by the composition root from the configuration's ``[credentials.*]`` tables (plus the sandbox's), handed
to the token exchange, the API client, ``doctor`` and the GUI's credentials page. It owns the process's one
:class:`Pkcs11Worker` (``worker``), which the credentials page also uses for PIN-less token listings.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from desktop_app.core.config import CredentialConfig
from desktop_app.core.errors import ConfigError
from desktop_app.core.tls.credentials import Credential, open_credential
from desktop_app.core.tls.pin import PinProvider
from desktop_app.core.tls.pkcs11_worker import Pkcs11Worker


class CredentialSet:
    """Thread-safe registry of credential configurations and their (lazily created, cached) instances."""

    def __init__(
        self, configs: Mapping[str, CredentialConfig], pin_provider: PinProvider, worker: Pkcs11Worker
    ) -> None:
        self.worker = worker
        self._pin_provider = pin_provider
        self._lock = threading.Lock()
        self._configs: dict[str, CredentialConfig] = dict(configs)
        self._instances: dict[str, Credential] = {}

    def names(self) -> list[str]:
        with self._lock:
            return sorted(self._configs)

    def config(self, name: str) -> CredentialConfig:
        with self._lock:
            return self._known(name)

    def get(self, name: str) -> Credential:
        """The credential named ``name`` (the same instance every time until it is replaced or removed)."""
        with self._lock:
            instance = self._instances.get(name)
            if instance is None:
                instance = open_credential(self._known(name), self._pin_provider, worker=self.worker)
                self._instances[name] = instance
            return instance

    def add(self, config: CredentialConfig) -> None:
        """Add a credential, or replace the one of that name (its unlocked state is forgotten)."""
        with self._lock:
            old = self._instances.pop(config.name, None)
            self._configs[config.name] = config
        if old is not None:
            old.forget()

    def remove(self, name: str) -> None:
        with self._lock:
            self._known(name)
            del self._configs[name]
            old = self._instances.pop(name, None)
        if old is not None:
            old.forget()

    def forget_all(self) -> None:
        """Drop every cached context, password and card login (sign-out, card removed)."""
        with self._lock:
            instances = list(self._instances.values())
        for instance in instances:
            instance.forget()

    def close(self) -> None:
        """Forget everything and stop the PKCS#11 worker (app exit)."""
        self.forget_all()
        self.worker.close()

    def _known(self, name: str) -> CredentialConfig:
        try:
            return self._configs[name]
        except KeyError:
            raise ConfigError(
                f"unknown credential {name!r} (known: {', '.join(sorted(self._configs)) or 'none'})",
                code="config.unknown_credential",
                credential=name,
            ) from None
