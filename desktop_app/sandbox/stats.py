"""What the target authorization server and the sample API counted, for tests and benchmarks.

A client that claims "one token exchange per API-token lifetime" or "a 401 made it re-exchange once" is
checked against the server's own count, not against its own bookkeeping. Counters are only touched on the
sandbox's event loop (one thread), and read there too through ``SandboxHandle.stats()``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class SandboxStats:
    """A snapshot. ``token_exchanges``: successful RFC 8693 exchanges per client_id; ``token_exchange_errors``:
    refused ones per OAuth error code; ``api_calls``: every request to the sample API; ``api_unauthorized``:
    its 401 answers."""

    token_exchanges: Mapping[str, int] = field(default_factory=dict)
    token_exchange_errors: Mapping[str, int] = field(default_factory=dict)
    api_calls: int = 0
    api_unauthorized: int = 0

    @property
    def total_exchanges(self) -> int:
        return sum(self.token_exchanges.values())


class Counters:
    def __init__(self) -> None:
        self.exchanges: Counter[str] = Counter()
        self.exchange_errors: Counter[str] = Counter()
        self.api_calls = 0
        self.api_unauthorized = 0

    def snapshot(self) -> SandboxStats:
        return SandboxStats(
            token_exchanges=MappingProxyType(dict(self.exchanges)),
            token_exchange_errors=MappingProxyType(dict(self.exchange_errors)),
            api_calls=self.api_calls,
            api_unauthorized=self.api_unauthorized,
        )

    def reset(self) -> None:
        self.exchanges.clear()
        self.exchange_errors.clear()
        self.api_calls = 0
        self.api_unauthorized = 0
