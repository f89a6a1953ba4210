#!/usr/bin/env python3
"""A scripted user agent: what a person does in a browser during a Pro Santé Connect sign-in, as a program.

Installed as the ``BROWSER`` program by the client's tests (through a one-line wrapper script, since $BROWSER
cannot carry arguments): ``scripted_browser.py URL``. It GETs the URL, follows redirects between loopback
addresses only (127.0.0.0/8, ::1, localhost), and on the sandbox login page picks a practitioner and a mode and
submits, like a user; then it follows the redirect to the app's loopback and reads the final page. It also
serves the end_session URL (it just follows the redirects).

Standard library only (it runs with any Python, outside the project's venv). Controlled by environment variables:

- ``SCRIPTED_BROWSER_PRACTITIONER``: the SubjectNameID to pick (default: the first one listed);
- ``SCRIPTED_BROWSER_MODE``: ``CARD`` or ``MOBILE`` (default ``MOBILE``);
- ``SCRIPTED_BROWSER_ACTION``: ``login`` (default), ``cancel`` (press « Annuler »), or ``close`` (load the login
  page, then stop: a closed tab);
- ``SCRIPTED_BROWSER_LOG``: a file to append one JSON line per run to: ``action``, final ``status``, the final
  page's visible ``text``, the visited ``urls`` WITHOUT query strings (never a code or a token), and ``error``;
- ``SCRIPTED_BROWSER_CA``: a CA bundle for https:// pages (default: the system store);
- ``SCRIPTED_BROWSER_TIMEOUT``: seconds per request (default 15).

Always exits 0, like a browser that opened the page: the outcome is in the log and in what the app received.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import os
import ssl
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

_MAX_HOPS = 20
_REDIRECTS = (301, 302, 303, 307, 308)
_INVISIBLE = {"head", "script", "style", "template", "noscript"}


@dataclass
class _Form:
    action: str
    method: str
    inputs: list[dict[str, str]] = field(default_factory=list)  # type, name, value, checked ("1" or "")
    buttons: list[dict[str, str]] = field(default_factory=list)  # name, value

    def has_field(self, name: str) -> bool:
        return any(i.get("name") == name for i in self.inputs)

    def fill(self, choices: dict[str, str], pressed: str) -> list[tuple[str, str]]:
        """The form data a browser would send: radios chosen by ``choices``, else the checked ones."""
        data: list[tuple[str, str]] = []
        radios_done: set[str] = set()
        for item in self.inputs:
            name, kind, value = item.get("name", ""), item.get("type", "text"), item.get("value", "")
            if not name or kind in ("submit", "button", "image", "reset"):
                continue
            if kind in ("radio", "checkbox"):
                wanted = choices.get(name)
                if name in radios_done:
                    continue
                if wanted is not None:
                    if value == wanted:
                        data.append((name, value))
                        radios_done.add(name)
                elif item.get("checked"):
                    data.append((name, value))
                    radios_done.add(name)
                continue
            data.append((name, choices.get(name, value)))
        button = next((b for b in self.buttons if b.get("value") == pressed), None)
        if button and button.get("name"):
            data.append((button["name"], button.get("value", "")))
        return data


class _Page(HTMLParser):
    """Forms (with their inputs and buttons) and the visible text of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[_Form] = []
        self._text: list[str] = []
        self._hidden_depth = 0
        self._form: _Form | None = None

    @property
    def text(self) -> str:
        return " ".join(" ".join(self._text).split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in _INVISIBLE:
            self._hidden_depth += 1
        elif tag == "form":
            self._form = _Form(values.get("action", ""), values.get("method", "get").lower())
            self.forms.append(self._form)
        elif tag == "input" and self._form is not None:
            kind = values.get("type", "text").lower()
            item = {"type": kind, "name": values.get("name", ""), "value": values.get("value", "on")}
            item["checked"] = "1" if "checked" in values else ""
            if kind in ("submit", "image"):
                self._form.buttons.append(item)
            self._form.inputs.append(item)
        elif tag == "button" and self._form is not None and values.get("type", "submit").lower() == "submit":
            self._form.buttons.append({"name": values.get("name", ""), "value": values.get("value", "")})

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE and self._hidden_depth:
            self._hidden_depth -= 1
        elif tag == "form":
            self._form = None

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth and data.strip():
            self._text.append(data.strip())


@dataclass
class _Outcome:
    action: str
    status: int = 0
    text: str = ""
    urls: list[str] = field(default_factory=list)
    error: str = ""


def browse(url: str, env: dict[str, str]) -> _Outcome:
    action = env.get("SCRIPTED_BROWSER_ACTION", "login").lower()
    outcome = _Outcome(action)
    method, body = "GET", b""
    submitted = False
    for _ in range(_MAX_HOPS):
        if not _is_loopback(url):
            outcome.error = f"refused to leave the loopback: {_without_query(url)}"
            return outcome
        outcome.urls.append(_without_query(url))
        try:
            status, location, content = _fetch(method, url, body, env)
        except (OSError, http.client.HTTPException, ValueError) as exc:
            outcome.status, outcome.error = 0, f"{type(exc).__name__}: {exc}"
            return outcome
        outcome.status = status
        if status in _REDIRECTS and location:
            url = urljoin(url, location)
            if status in (301, 302, 303):
                method, body = "GET", b""
            continue
        page = _Page()
        page.feed(content.decode("utf-8", errors="replace"))
        outcome.text = page.text
        login = next((f for f in page.forms if f.has_field("practitioner")), None)
        if login is None or submitted or action == "close":
            return outcome
        choices = {"auth_mode": env.get("SCRIPTED_BROWSER_MODE", "MOBILE").upper()}
        if env.get("SCRIPTED_BROWSER_PRACTITIONER"):
            choices["practitioner"] = env["SCRIPTED_BROWSER_PRACTITIONER"]
        data = urlencode(login.fill(choices, pressed="cancel" if action == "cancel" else "login"))
        target = urljoin(url, login.action or url)
        if login.method == "post":
            url, method, body = target, "POST", data.encode("ascii")
        else:
            url, method, body = f"{target.split('?', 1)[0]}?{data}", "GET", b""
        submitted = True
    outcome.error = "too many redirects"
    return outcome


def _fetch(method: str, url: str, body: bytes, env: dict[str, str]) -> tuple[int, str, bytes]:
    parts = urlsplit(url)
    timeout = float(env.get("SCRIPTED_BROWSER_TIMEOUT", "15"))
    host = parts.hostname or ""
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        context = ssl.create_default_context(cafile=env.get("SCRIPTED_BROWSER_CA") or None)
        connection = http.client.HTTPSConnection(host, parts.port or 443, timeout=timeout, context=context)
    elif parts.scheme == "http":
        connection = http.client.HTTPConnection(host, parts.port or 80, timeout=timeout)
    else:
        raise ValueError(f"unsupported scheme {parts.scheme!r}")
    path = urlunsplit(("", "", parts.path or "/", parts.query, ""))
    headers = {"User-Agent": "scripted-browser/1.0", "Accept": "text/html,*/*", "Accept-Language": "fr-FR,fr"}
    if method == "POST":
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request(method, path, body=body or None, headers=headers)
        response = connection.getresponse()
        return response.status, response.getheader("Location", ""), response.read()
    finally:
        connection.close()


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        sys.stderr.write("usage: scripted_browser.py URL\n")
        return 0
    outcome = browse(argv[1], dict(os.environ))
    log = os.environ.get("SCRIPTED_BROWSER_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(outcome.__dict__, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
