"""The Pro Santé Connect look-alike: an OpenID provider built on authlib's authorization-server components."""

from desktop_app.sandbox.psc.provider import PscProvider

__all__ = ["PscProvider"]
