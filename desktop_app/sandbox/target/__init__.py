"""The target authorization server of an « API Pro Santé Connectée »: RFC 8693 token exchange over mTLS."""

from desktop_app.sandbox.target.server import TargetAuthorizationServer

__all__ = ["TargetAuthorizationServer"]
