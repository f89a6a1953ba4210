"""``desktop-app login`` (``desktop_app.cli.run(["login"])``), recording every HTTP request the app makes.

``build_services`` is wrapped, from here, so that the services' ``httpx.Client`` gets an event hook that
records each request's method and URL without its query string. The scripted browser ($BROWSER) completes
the login. Afterwards the session is wiped from the shared keyring; the HOME (and its disk cache of
discovery and JWKS) is kept for the next process.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any

import httpx

import desktop_app.app as app_module
from benchmarks.children._result import fail, write_result
from desktop_app import cli
from desktop_app.core.errors import VaultError
from desktop_app.core.paths import AppPaths

_requests: list[dict[str, str]] = []


def _record(request: httpx.Request) -> None:
    _requests.append({"method": request.method, "url": str(request.url.copy_with(query=None))})


def _with_hook(build: Any) -> Any:
    def build_services(*args: Any, **kwargs: Any) -> Any:
        services = build(*args, **kwargs)
        services.http.event_hooks["request"].append(_record)
        return services

    return build_services


def main() -> int:
    app_module.build_services = _with_hook(app_module.build_services)
    code = cli.run(["login"])
    with contextlib.suppress(VaultError):  # no keyring: the exit code below says why the measure failed
        app_module.open_vault(AppPaths.default()).delete("sandbox")
    if code != 0:
        fail(f"desktop-app login exited with {code}")
        return 0
    write_result({"exit_code": code, "requests": _requests})
    return 0


if __name__ == "__main__":
    sys.exit(main())
