"""PIN providers: environment first and never twice, terminal prompt wording, cancellation."""

from __future__ import annotations

import io

import pytest

from desktop_app.core.tls import pin as pin_module
from desktop_app.core.tls.pin import EnvPinProvider, SecretRequest, TerminalPinProvider, prompt_text


class Scripted:
    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.requests: list[SecretRequest] = []

    def ask(self, request: SecretRequest) -> str | None:
        self.requests.append(request)
        return self.answers.pop(0)


def request(**changes: object) -> SecretRequest:
    base: dict[str, object] = {"kind": "pin", "credential": "card", "label": "CPS-TEST", "env_var": "CARD_PIN"}
    base.update(changes)
    return SecretRequest(**base)  # type: ignore[arg-type]


def test_env_value_is_used_first() -> None:
    fallback = Scripted("typed")
    provider = EnvPinProvider(fallback, environ={"CARD_PIN": "1234"})
    assert provider.ask(request()) == "1234"
    assert fallback.requests == []


def test_a_retry_never_offers_the_env_value_again() -> None:
    fallback = Scripted("typed")
    provider = EnvPinProvider(fallback, environ={"CARD_PIN": "1234"})
    assert provider.ask(request(retry=True)) == "typed"
    assert fallback.requests[0].retry


def test_without_fallback_a_retry_gives_up() -> None:
    provider = EnvPinProvider(environ={"CARD_PIN": "1234"})
    assert provider.ask(request(retry=True)) is None


@pytest.mark.parametrize("environ", [{}, {"CARD_PIN": ""}])
def test_missing_or_empty_variable_delegates(environ: dict[str, str]) -> None:
    fallback = Scripted("typed")
    assert EnvPinProvider(fallback, environ=environ).ask(request()) == "typed"
    assert EnvPinProvider(environ=environ).ask(request()) is None


def test_no_env_var_configured_delegates() -> None:
    fallback = Scripted("typed")
    assert EnvPinProvider(fallback, environ={"": "x"}).ask(request(env_var="")) == "typed"


def test_reads_the_process_environment_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("P12_PASSWORD_TEST", "secret-from-env")
    assert EnvPinProvider().ask(request(kind="password", env_var="P12_PASSWORD_TEST")) == "secret-from-env"


def test_terminal_prompt_wording() -> None:
    assert prompt_text(request()) == "Code PIN de la carte « CPS-TEST » : "
    assert prompt_text(request(retry=True, tries_left=1)) == (
        "Code PIN incorrect. Code PIN de la carte « CPS-TEST » (1 essai restant) : "
    )
    assert "(3 essais restants)" in prompt_text(request(tries_left=3))
    assert "un code erroné a déjà été saisi" in prompt_text(request(pin_count_low=True))
    assert prompt_text(request(kind="password", label="org.p12", retry=True)) == (
        "Mot de passe incorrect. Mot de passe du certificat « org.p12 » : "
    )


def test_terminal_provider_returns_what_was_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    prompts: list[str] = []

    def fake_getpass(prompt: str, stream: object = None) -> str:
        prompts.append(prompt)
        return "4321"

    monkeypatch.setattr(pin_module.getpass, "getpass", fake_getpass)
    assert TerminalPinProvider(stream=io.StringIO()).ask(request()) == "4321"
    assert prompts == [prompt_text(request())]


@pytest.mark.parametrize("failure", [EOFError, KeyboardInterrupt, OSError])
def test_terminal_provider_cancels_without_a_terminal(
    monkeypatch: pytest.MonkeyPatch, failure: type[BaseException]
) -> None:
    def broken(prompt: str, stream: object = None) -> str:
        raise failure()

    monkeypatch.setattr(pin_module.getpass, "getpass", broken)
    assert TerminalPinProvider().ask(request()) is None


def test_terminal_provider_empty_answer_is_a_cancel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pin_module.getpass, "getpass", lambda prompt, stream=None: "")
    assert TerminalPinProvider().ask(request()) is None
