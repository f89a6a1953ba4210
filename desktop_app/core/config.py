"""Configuration: environments, credentials and APIs, declared once, validated at load, passed down.

The file format is a public contract (``docs/configuration.md`` and the README): keys may be added, never
renamed. Unknown keys are an error that names the key and the file. Relative paths are resolved against
the file's folder. Nothing here is secret: secrets come from environment variables named by ``*_env``
keys at the moment they are needed, from prompts, or from the OS keyring.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from desktop_app.core.errors import ConfigError

MODES = ("direct", "proxy")
CLIENT_AUTH_METHODS = ("none", "client_secret_basic", "client_secret_post", "tls_client_auth")
LOGIN_METHODS = ("browser", "ciba")
CHANNELS = ("MOBILE", "CARD")
CNF_ENCODINGS = ("rfc8705", "ans-hex")
CREDENTIAL_TYPES = ("pkcs12", "pkcs11")
SIGNATURE_SCHEMES = ("auto", "pkcs1")
SUBJECT_TOKEN_TYPES = ("access_token", "jwt")

PSC_REALM_PATH = "/auth/realms/esante-wallet"
SANDBOX = "sandbox"


@dataclass(frozen=True)
class ApiConfig:
    """One API Pro Santé Connectée and how to get a token for it (``[environments.X.apis.NAME]``)."""

    name: str
    base_url: str = ""
    token_exchange_url: str = ""
    scope: str = ""
    cnf_encoding: str = "rfc8705"
    subject_token_type: str = "access_token"
    audience: str = ""
    subject_issuer: str = ""
    proxy_backend: str = ""


@dataclass(frozen=True)
class CredentialConfig:
    """A client credential for mTLS (``[credentials.NAME]``): a PKCS#12 file or a PKCS#11 token."""

    name: str
    type: str = "pkcs12"
    path: Path | None = None
    password_env: str = ""
    module: str = ""
    token_label: str = ""
    key_label: str = ""
    pin_env: str = ""
    signature_scheme: str = "auto"
    provider: str = ""


@dataclass(frozen=True)
class Environment:
    """One identity-provider environment (``[environments.NAME]``)."""

    name: str
    mode: str = "direct"
    issuer: str = ""
    discovery_url: str = ""
    client_id: str = ""
    client_auth: str = "none"
    client_secret_env: str = ""
    scope: str = "openid scope_all"
    acr_values: str = "eidas1"
    redirect_ports: tuple[int, ...] = (0,)
    redirect_path: str = "/callback"
    login: str = "browser"
    national_id: str = ""
    channel: str = "MOBILE"
    credential: str = ""
    ca_bundle: Path | None = None
    proxy_url: str = ""
    http_timeout: float = 15.0
    login_timeout: float = 300.0
    apis: Mapping[str, ApiConfig] = field(default_factory=dict)

    def require_client_id(self) -> str:
        if not self.client_id:
            raise ConfigError(
                f"environment {self.name!r} needs a client_id", code="config.missing_client_id", environment=self.name
            )
        return self.client_id


@dataclass(frozen=True)
class AppConfig:
    """The whole validated configuration."""

    default_environment: str
    environments: Mapping[str, Environment]
    credentials: Mapping[str, CredentialConfig]
    source: Path | None = None
    sandbox_environments: frozenset[str] = frozenset()  # served by the embedded sandbox (started on demand)

    def is_sandbox(self, environment: Environment) -> bool:
        return environment.name in self.sandbox_environments

    def environment(self, name: str | None = None) -> Environment:
        """The environment named ``name``, else the default one; a clear error if it does not exist."""
        chosen = name or self.default_environment
        try:
            return self.environments[chosen]
        except KeyError:
            known = ", ".join(sorted(self.environments))
            raise ConfigError(
                f"unknown environment {chosen!r} (known: {known})",
                code="config.unknown_environment",
                environment=chosen,
            ) from None


def builtin_environments(sandbox: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """The environments that exist without a file.

    ``sandbox`` holds the embedded sandbox's environments as it describes them (issuer, CA bundle, client id,
    APIs…), given by the composition root, which is the only place that knows both sides of the wire.
    """
    envs: dict[str, dict[str, Any]] = {
        "psc-bas": {"issuer": "https://auth.bas.psc.esante.gouv.fr" + PSC_REALM_PATH},
        "psc-prod": {"issuer": "https://auth.esw.esante.gouv.fr" + PSC_REALM_PATH},
    }
    for name, table in (sandbox or {}).items():
        envs[name] = dict(table)
    return envs


def load_config(
    path: Path | None,
    *,
    must_exist: bool = False,
    sandbox: Mapping[str, Mapping[str, Any]] | None = None,
    builtin_credentials: Mapping[str, Mapping[str, Any]] | None = None,
) -> AppConfig:
    """Read and validate the TOML file at ``path`` (absent file = built-in environments only).

    ``sandbox`` maps the embedded sandbox's environment names to their tables; ``builtin_credentials`` are
    ``[credentials.X]`` tables that exist without a file (the sandbox's). A table of the same name in the file
    merges over a built-in environment, and replaces a built-in credential whole.
    """
    data: dict[str, Any] = {}
    if path is not None and path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}", code="config.unreadable", file=str(path)) from None
    elif path is not None and must_exist:
        raise ConfigError(f"configuration file not found: {path}", code="config.not_found", file=str(path))
    return _parse(data, path, sandbox, builtin_credentials or {})


def _parse(
    data: dict[str, Any],
    path: Path | None,
    sandbox: Mapping[str, Mapping[str, Any]] | None,
    builtin_credentials: Mapping[str, Mapping[str, Any]],
) -> AppConfig:
    where = str(path) if path else "built-in configuration"
    base = path.parent if path else Path.cwd()
    _check_keys(data, {"default_environment", "environments", "credentials"}, "", where)

    credentials: dict[str, CredentialConfig] = {}
    for name, table in {**builtin_credentials, **_table(data, "credentials", "", where)}.items():
        credentials[name] = _credential(name, _as_table(table, f"credentials.{name}", where), base, where)

    raw_envs = builtin_environments(sandbox)
    for name, table in _table(data, "environments", "", where).items():
        raw_envs[name] = {**raw_envs.get(name, {}), **_as_table(table, f"environments.{name}", where)}
    environments = {name: _environment(name, table, base, where, credentials) for name, table in raw_envs.items()}

    default = str(data.get("default_environment", SANDBOX))
    if default not in environments:
        raise ConfigError(
            f"{where}: default_environment {default!r} is not defined",
            code="config.unknown_environment",
            environment=default,
            file=where,
        )
    return AppConfig(
        default_environment=default,
        environments=environments,
        credentials=credentials,
        source=path,
        sandbox_environments=frozenset(sandbox or {}),
    )


def _environment(
    name: str, table: Mapping[str, Any], base: Path, where: str, credentials: Mapping[str, CredentialConfig]
) -> Environment:
    prefix = f"environments.{name}"
    allowed = {f.name for f in fields(Environment)} - {"name"}
    _check_keys(table, allowed, prefix, where)
    values = {k: v for k, v in table.items() if k != "apis"}
    apis = {
        api: _api(api, _as_table(t, f"{prefix}.apis.{api}", where), f"{prefix}.apis.{api}", where)
        for api, t in _table(table, "apis", prefix, where).items()
    }
    try:
        env = Environment(name=name, **values, apis=apis)
    except TypeError as exc:  # pragma: no cover - _check_keys catches unknown keys first
        raise ConfigError(f"{where}: [{prefix}]: {exc}", file=where) from None
    ports = table.get("redirect_ports", [0])
    env = replace(
        env,
        redirect_ports=_ports(ports, f"{prefix}.redirect_ports", where),
        ca_bundle=_path(table.get("ca_bundle"), base),
        http_timeout=_number(env.http_timeout, f"{prefix}.http_timeout", where),
        login_timeout=_number(env.login_timeout, f"{prefix}.login_timeout", where),
    )
    _choice(env.mode, MODES, f"{prefix}.mode", where)
    _choice(env.client_auth, CLIENT_AUTH_METHODS, f"{prefix}.client_auth", where)
    _choice(env.login, LOGIN_METHODS, f"{prefix}.login", where)
    _choice(env.channel, CHANNELS, f"{prefix}.channel", where)
    for key in ("issuer", "discovery_url", "client_id", "scope", "acr_values", "redirect_path", "proxy_url"):
        _string(getattr(env, key), f"{prefix}.{key}", where)
    if not env.redirect_path.startswith("/"):
        raise ConfigError(f"{where}: {prefix}.redirect_path must start with '/'", code="config.invalid", file=where)
    for key in ("issuer", "discovery_url", "proxy_url"):
        url = getattr(env, key)
        if url:
            check_endpoint_url(url, f"{prefix}.{key}", where)
    if env.mode == "direct" and not env.issuer:
        raise ConfigError(f"{where}: {prefix}.issuer is required", code="config.invalid", file=where)
    if env.mode == "proxy" and not env.proxy_url:
        raise ConfigError(f"{where}: {prefix}.proxy_url is required in proxy mode", code="config.invalid", file=where)
    if env.credential and env.credential not in credentials:
        raise ConfigError(
            f"{where}: {prefix}.credential names an undefined credential {env.credential!r}",
            code="config.invalid",
            file=where,
        )
    return env


def _api(name: str, table: Mapping[str, Any], prefix: str, where: str) -> ApiConfig:
    _check_keys(table, {f.name for f in fields(ApiConfig)} - {"name"}, prefix, where)
    api = ApiConfig(name=name, **table)
    for key in ("base_url", "token_exchange_url", "scope", "audience", "subject_issuer", "proxy_backend"):
        _string(getattr(api, key), f"{prefix}.{key}", where)
    _choice(api.cnf_encoding, CNF_ENCODINGS, f"{prefix}.cnf_encoding", where)
    _choice(api.subject_token_type, SUBJECT_TOKEN_TYPES, f"{prefix}.subject_token_type", where)
    for key in ("base_url", "token_exchange_url"):
        if getattr(api, key):
            check_endpoint_url(getattr(api, key), f"{prefix}.{key}", where)
    return api


def _credential(name: str, table: Mapping[str, Any], base: Path, where: str) -> CredentialConfig:
    prefix = f"credentials.{name}"
    _check_keys(table, {f.name for f in fields(CredentialConfig)} - {"name"}, prefix, where)
    values = dict(table)
    values["path"] = _path(values.get("path"), base)
    cred = CredentialConfig(name=name, **values)
    _choice(cred.type, CREDENTIAL_TYPES, f"{prefix}.type", where)
    _choice(cred.signature_scheme, SIGNATURE_SCHEMES, f"{prefix}.signature_scheme", where)
    if cred.type == "pkcs12" and cred.path is None:
        raise ConfigError(f"{where}: {prefix}.path is required for a pkcs12 credential", file=where)
    return cred


def check_endpoint_url(url: str, key: str, where: str = "configuration") -> None:
    """Refuse anything but ``https://``, except plain ``http://`` on a loopback host (RFC 8252 §8.3)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and is_loopback_host(parts.hostname or ""):
        return
    raise ConfigError(
        f"{where}: {key} must be an https:// URL (http:// is accepted only on 127.0.0.1/localhost): {url}",
        code="config.insecure_url",
        key=key,
        file=where,
    )


def is_loopback_host(host: str) -> bool:
    return host in ("127.0.0.1", "::1", "localhost") or host.startswith("127.")


def _check_keys(table: Mapping[str, Any], allowed: set[str], prefix: str, where: str) -> None:
    for key in table:
        if key not in allowed:
            dotted = f"{prefix}.{key}" if prefix else key
            raise ConfigError(f"{where}: unknown key {dotted!r}", code="config.unknown_key", key=dotted, file=where)


def _table(data: Mapping[str, Any], key: str, prefix: str, where: str) -> Mapping[str, Any]:
    return _as_table(data.get(key, {}), f"{prefix}.{key}" if prefix else key, where)


def _as_table(value: Any, key: str, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: [{key}] must be a table", code="config.invalid", key=key, file=where)
    return value


def _choice(value: str, allowed: tuple[str, ...], key: str, where: str) -> None:
    if value not in allowed:
        raise ConfigError(
            f"{where}: {key} = {value!r}: expected one of {', '.join(allowed)}",
            code="config.invalid",
            key=key,
            file=where,
        )


def _string(value: Any, key: str, where: str) -> None:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {key} must be a string", code="config.invalid", key=key, file=where)


def _number(value: Any, key: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigError(f"{where}: {key} must be a positive number", code="config.invalid", key=key, file=where)
    return float(value)


def _ports(value: Any, key: str, where: str) -> tuple[int, ...]:
    if isinstance(value, int) and not isinstance(value, bool):
        value = [value]
    if (
        not isinstance(value, list | tuple)
        or not value
        or not all(isinstance(p, int) and not isinstance(p, bool) and 0 <= p <= 65535 for p in value)
    ):
        raise ConfigError(
            f"{where}: {key} must be a list of ports (0 = ephemeral)", code="config.invalid", key=key, file=where
        )
    return tuple(value)


def _path(value: Any, base: Path) -> Path | None:
    if value in (None, ""):
        return None
    path = Path(str(value)).expanduser()
    return path if path.is_absolute() else (base / path).resolve()
