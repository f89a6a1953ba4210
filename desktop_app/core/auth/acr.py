"""Authentication context levels (``acr``, OpenID Connect Core §2) as Pro Santé Connect uses them.

PSC answers eIDAS-style levels: ``eidas1`` (e-CPS / CPS), then ``eidas2`` and ``eidas3``. It has been seen
to answer ``eidas3`` for an ``eidas1`` request, so a higher level than asked is accepted. A value outside
the scale is not understood and so satisfies nothing, except the very value that was asked for (a non-PSC
provider with its own vocabulary can still be used by configuring its exact ``acr``).
"""

from __future__ import annotations

EIDAS_LEVELS = ("eidas1", "eidas2", "eidas3")


def acr_satisfies(acr: str | None, minimum: str) -> bool:
    """Whether the ``acr`` a token carries is at least ``minimum`` (eidas1 < eidas2 < eidas3)."""
    if acr is None:
        return False
    if acr in EIDAS_LEVELS and minimum in EIDAS_LEVELS:
        return EIDAS_LEVELS.index(acr) >= EIDAS_LEVELS.index(minimum)
    return acr == minimum


def minimum_level(acr_values: str) -> str | None:
    """The lowest level of a space-separated ``acr_values`` request (OIDC Core §3.1.2.1): what the answer must
    at least reach. ``None`` when nothing was requested."""
    requested = acr_values.split()
    if not requested:
        return None
    known = [value for value in requested if value in EIDAS_LEVELS]
    return min(known, key=EIDAS_LEVELS.index) if known else requested[0]
