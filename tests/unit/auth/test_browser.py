"""The browser launcher with a real program chosen by ``BROWSER``, as kiosks and tests supply their agent.

webbrowser reads ``BROWSER`` once per process and caches its choice; the ``fresh_webbrowser`` fixture resets
that cache (private stdlib state, restored by monkeypatch) so each test gets the program it sets. The
subprocess test at the end uses no such hook: a fresh interpreter reads ``BROWSER`` as the app would.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
import webbrowser
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.auth.browser import BrowserLauncher
from desktop_app.core.errors import AuthFlowError

# BROWSER programs here are /bin/sh scripts, and on macOS and Windows webbrowser always adds the desktop's
# default browser after them: a failing script would open a real browser there.
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="BROWSER scripts and a browser-less desktop: Linux")

URL = "https://wallet.esante.gouv.fr/auth?client_id=app&state=SECRET-STATE-42&code_challenge=CHALLENGE-99&x=a%20b"


@pytest.fixture
def fresh_webbrowser(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only the BROWSER we set can be found: no display, an empty PATH, webbrowser's cache reset."""
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "TERM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})


def browser_script(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "fake-browser"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(0o755)
    return script


def recording_browser(tmp_path: Path, exit_code: int = 0) -> tuple[Path, Path]:
    argv_file = tmp_path / "argv.txt"
    script = browser_script(tmp_path, f"printf '%s\\n' \"$@\" > '{argv_file}'\nexit {exit_code}")
    return script, argv_file


class Result:
    """Collects on_result's value and the thread it came from."""

    def __init__(self) -> None:
        self.values: list[bool] = []
        self.threads: list[str] = []
        self.done = threading.Event()

    def __call__(self, started: bool) -> None:
        self.values.append(started)
        self.threads.append(threading.current_thread().name)
        self.done.set()

    def wait(self) -> bool:
        assert self.done.wait(5), "on_result was not called"
        return self.values[0]


@linux_only
@pytest.mark.usefixtures("fresh_webbrowser")
def test_opens_the_url_with_the_browser_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script, argv_file = recording_browser(tmp_path)
    monkeypatch.setenv("BROWSER", str(script))
    result = Result()
    BrowserLauncher().open(URL, on_result=result)
    assert result.wait() is True
    assert argv_file.read_text().splitlines() == [URL]
    assert result.threads == ["browser-launcher"]


@linux_only
@pytest.mark.usefixtures("fresh_webbrowser")
def test_a_failing_program_reports_false(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script, argv_file = recording_browser(tmp_path, exit_code=3)
    monkeypatch.setenv("BROWSER", str(script))
    result = Result()
    BrowserLauncher().open(URL, on_result=result)
    assert result.wait() is False
    assert argv_file.read_text().splitlines() == [URL]  # it ran, and failed


@linux_only
@pytest.mark.usefixtures("fresh_webbrowser")
def test_a_missing_program_reports_false(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER", str(tmp_path / "no-such-browser"))
    result = Result()
    BrowserLauncher().open(URL, on_result=result)
    assert result.wait() is False


@linux_only
@pytest.mark.usefixtures("fresh_webbrowser")
def test_no_browser_at_all_reports_false(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BROWSER", raising=False)
    result = Result()
    BrowserLauncher().open(URL, on_result=result)
    assert result.wait() is False


@linux_only
@pytest.mark.usefixtures("fresh_webbrowser")
def test_open_returns_while_the_browser_program_still_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = tmp_path / "release"
    script = browser_script(tmp_path, f"while [ ! -e '{release}' ]; do /bin/sleep 0.02; done")
    monkeypatch.setenv("BROWSER", str(script))
    result = Result()
    started = time.monotonic()
    BrowserLauncher().open(URL, on_result=result)
    assert time.monotonic() - started < 0.5
    assert not result.done.wait(0.2)  # GenericBrowser waits for the program: still running
    release.touch()
    assert result.wait() is True


@linux_only
@pytest.mark.usefixtures("fresh_webbrowser")
def test_on_result_is_optional(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script, argv_file = recording_browser(tmp_path)
    monkeypatch.setenv("BROWSER", str(script))
    BrowserLauncher().open(URL)
    _poll(lambda: argv_file.exists() and argv_file.read_text().strip() == URL)


@linux_only
@pytest.mark.usefixtures("fresh_webbrowser")
def test_a_failing_on_result_is_logged_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    script, _ = recording_browser(tmp_path)
    monkeypatch.setenv("BROWSER", str(script))
    called = threading.Event()

    def broken(started: bool) -> None:
        called.set()
        raise RuntimeError("boom")

    BrowserLauncher().open(URL, on_result=broken)
    assert called.wait(5)
    _poll(lambda: "result handler failed" in caplog.text)


@linux_only
@pytest.mark.usefixtures("fresh_webbrowser")
def test_the_query_string_is_never_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for failing in (False, True):
        script, _ = recording_browser(tmp_path, exit_code=int(failing))
        monkeypatch.setenv("BROWSER", str(script))
        monkeypatch.setattr(webbrowser, "_tryorder", None)
        result = Result()
        BrowserLauncher().open(URL, on_result=result)
        result.wait()
    assert "https://wallet.esante.gouv.fr/auth" in caplog.text
    for secret in ("SECRET-STATE-42", "CHALLENGE-99", "client_id"):
        assert secret not in caplog.text


@pytest.mark.parametrize(
    "url",
    [
        "-new-window https://x.example/",
        "--remote=evil",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "https:///no-host",
        "https://x.example/a b",
        "https://x.example/\n--flag",
        "",
    ],
)
def test_only_absolute_http_urls_are_opened(url: str) -> None:
    with pytest.raises(AuthFlowError) as caught:
        BrowserLauncher().open(url)
    assert caught.value.code == "auth.browser_url_invalid"


@linux_only
def test_browser_environment_variable_in_a_fresh_process(tmp_path: Path) -> None:
    script, argv_file = recording_browser(tmp_path)
    code = (
        "import threading\n"
        "from desktop_app.core.auth.browser import BrowserLauncher\n"
        "done = threading.Event(); result = []\n"
        "BrowserLauncher().open(URL, on_result=lambda ok: (result.append(ok), done.set()))\n"
        "assert done.wait(10)\n"
        "print(result[0])\n"
    ).replace("URL", repr(URL))
    env = {**os.environ, "BROWSER": str(script)}
    env.pop("DISPLAY", None)
    completed = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=30, check=True
    )
    assert completed.stdout.strip() == "True"
    assert argv_file.read_text().splitlines() == [URL]


def _poll(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)
