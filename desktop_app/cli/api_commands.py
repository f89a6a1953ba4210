"""``call``: an API Pro Santé Connectée from the command line (token exchange, bearer, mTLS)."""

from __future__ import annotations

import argparse
import sys
from typing import BinaryIO

from desktop_app.cli.session_commands import open_services
from desktop_app.cli.terminal import EXIT_OK
from desktop_app.core.paths import AppPaths


def call(args: argparse.Namespace, paths: AppPaths, language: str) -> int:
    """``call``: the body on stdout as it arrives (also for an error answer), one clear line on stderr if not 2xx."""
    from desktop_app.app import ensure_sandbox
    from desktop_app.cli.body import request_body
    from desktop_app.core.tls.pin import EnvPinProvider, TerminalPinProvider

    json_body, content, headers = request_body(args.json, args.data, args.header)
    services = open_services(args, paths, language, pin_provider=EnvPinProvider(fallback=TerminalPinProvider()))
    out = sys.stdout.buffer
    try:
        services.session.resume()
        api = services.api.api(args.api)
        credential = services.credential(args.credential)
        ensure_sandbox(services)
        last = [b"\n"]
        try:
            services.api.call(
                api,
                credential,
                args.method,
                args.path,
                json_body=json_body,
                content=content,
                headers=headers,
                on_chunk=lambda chunk: _out(out, chunk, last),
            )
        finally:
            if not last[0].endswith(b"\n") and out.isatty():
                out.write(b"\n")  # the prompt on a line of its own
            out.flush()
    finally:
        services.close()
    return EXIT_OK


def _out(stream: BinaryIO, chunk: bytes, last: list[bytes]) -> None:
    stream.write(chunk)
    last[0] = chunk or last[0]
