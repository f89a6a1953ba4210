"""Configuration: the public TOML contract, validated once."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.config import load_config
from desktop_app.core.errors import ConfigError

SANDBOX = {"sandbox": {"issuer": "https://127.0.0.1:18443/auth/realms/esante-wallet", "client_id": "desktop-app"}}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_environments_without_a_file(tmp_path: Path) -> None:
    config = load_config(tmp_path / "absent.toml", sandbox=SANDBOX)
    assert config.default_environment == "sandbox"
    assert set(config.environments) >= {"sandbox", "psc-bas", "psc-prod"}
    sandbox = config.environment()
    assert sandbox.issuer == SANDBOX["sandbox"]["issuer"]
    assert config.is_sandbox(sandbox) and not config.is_sandbox(config.environment("psc-bas"))
    assert sandbox.scope == "openid scope_all" and sandbox.acr_values == "eidas1"
    assert sandbox.redirect_ports == (0,) and sandbox.redirect_path == "/callback"
    bas = config.environment("psc-bas")
    assert bas.issuer == "https://auth.bas.psc.esante.gouv.fr/auth/realms/esante-wallet"
    with pytest.raises(ConfigError) as info:
        bas.require_client_id()
    assert info.value.code == "config.missing_client_id"


def test_the_contract_example_loads(tmp_path: Path) -> None:
    (tmp_path / "certs").mkdir()
    path = write(
        tmp_path,
        """
default_environment = "my-idp"

[environments.my-idp]
mode = "direct"
issuer = "https://idp.example/auth/realms/esante-wallet"
client_id = "my-client"
client_auth = "client_secret_basic"
client_secret_env = "MY_SECRET"
redirect_ports = [51000, 51001]
redirect_path = "/oauth/callback"
login = "browser"
national_id = "899700218896"
channel = "CARD"
credential = "structure"
ca_bundle = "certs/extra.pem"

[environments.my-idp.apis.sign]
token_exchange_url = "https://as.example/token"
base_url = "https://api.example/"
scope = "signsessiondata"
cnf_encoding = "ans-hex"

[credentials.structure]
type = "pkcs12"
path = "certs/org.p12"
password_env = "P12_PASSWORD"

[environments.psc-bas]
client_id = "my-bas-client"
""",
    )
    config = load_config(path, sandbox=SANDBOX)
    env = config.environment()
    assert env.name == "my-idp"
    assert env.redirect_ports == (51000, 51001)
    assert env.ca_bundle == (tmp_path / "certs" / "extra.pem").resolve()  # relative to the file
    assert config.credentials["structure"].path == (tmp_path / "certs" / "org.p12").resolve()
    assert env.apis["sign"].cnf_encoding == "ans-hex"
    # a file table merges over a built-in environment
    assert config.environment("psc-bas").client_id == "my-bas-client"
    assert config.environment("psc-bas").issuer.startswith("https://auth.bas.psc")


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("colour = 1", "'colour'"),
        ("[environments.x]\nissuer = 'https://a'\nclient_idd = 'c'", "environments.x.client_idd"),
        ("[environments.x]\nissuer = 'http://idp.example/'", "https://"),
        ("[environments.x]\nissuer = 'https://a'\nmode = 'sideways'", "environments.x.mode"),
        ("[environments.x]\nissuer = 'https://a'\nredirect_ports = ['a']", "redirect_ports"),
        ("[environments.x]\nissuer = 'https://a'\nredirect_path = 'callback'", "redirect_path"),
        ("[environments.x]\nissuer = 'https://a'\ncredential = 'nope'", "undefined credential"),
        ("[environments.x]\nmode = 'proxy'", "proxy_url"),
        ("[environments.x]\nissuer = 'https://a'\n[environments.x.apis.a]\ncnf_encoding = 'b64'", "cnf_encoding"),
        ("[credentials.c]\ntype = 'pkcs12'", "path is required"),
        ("default_environment = 'ghost'", "ghost"),
        ("this is = not toml [", "config.toml"),
    ],
)
def test_errors_name_the_key_and_the_file(tmp_path: Path, text: str, needle: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, sandbox=SANDBOX)
    assert needle in info.value.message
    assert str(path) in info.value.message


def test_loopback_http_issuer_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, "[environments.local]\nissuer = 'http://127.0.0.1:8080/realms/x'")
    assert load_config(path, sandbox=SANDBOX).environment("local").issuer.startswith("http://127.0.0.1")


def test_explicit_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "nope.toml", must_exist=True, sandbox=SANDBOX)
    assert info.value.code == "config.not_found"
