"""The sandbox's one exception.

The sandbox is the other side of the wire and never imports ``desktop_app.core``, so it cannot raise the
client's typed errors. ``SandboxError`` mirrors their shape (a stable dotted ``code`` plus non-secret
``params``) so the composition root can translate it; the message itself is French first, with the English
gist in brackets, because ``desktop-app sandbox`` prints it as is.
"""

from __future__ import annotations


class SandboxError(Exception):
    """The sandbox could not start or serve (a busy port, an unusable state folder, a non-loopback host)."""

    def __init__(self, message: str, *, code: str = "sandbox.error", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
