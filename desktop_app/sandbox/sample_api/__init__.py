"""The sample « API Pro Santé Connectée »: bearer + certificate-bound tokens checked on every call."""

from desktop_app.sandbox.sample_api.app import SampleApi

__all__ = ["SampleApi"]
