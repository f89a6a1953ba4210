"""A large fictional JSON document, streamed: what the GUI's response viewer is benchmarked on.

``entries`` lines of about 100 bytes each (50 000 → ~5 MB), generated on the fly in chunks so the sandbox
neither builds the whole document in memory nor holds its event loop for long, and the client really
receives it as a stream. Deterministic: the same N gives the same bytes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import AsyncIterator

MAX_ENTRIES = 50_000
DEFAULT_ENTRIES = 100
_CHUNK = 500
_START = dt.datetime(2024, 1, 2, 8, 0, tzinfo=dt.UTC)
_ACTS = (("CONSULTATION", "26.50"), ("VISITE", "35.00"), ("RENOUVELLEMENT", "26.50"), ("TELECONSULTATION", "25.00"))


def _entry(number: int) -> dict[str, object]:
    act, amount = _ACTS[number % len(_ACTS)]
    when = _START + dt.timedelta(minutes=17 * number)
    return {
        "n": number,
        "date": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "patient": f"PATIENT FICTIF {number % 9973:05d}",
        "acte": act,
        "montant": amount,
    }


async def journal(subject_name_id: str, entries: int) -> AsyncIterator[bytes]:
    """``{"practitioner": …, "count": N, "entries": [ … ]}`` in chunks of a few hundred entries."""
    yield json.dumps({"practitioner": subject_name_id, "count": entries})[:-1].encode() + b', "entries": ['
    for start in range(0, entries, _CHUNK):
        rows = (json.dumps(_entry(n), separators=(",", ":")) for n in range(start, min(start + _CHUNK, entries)))
        yield (("," if start else "") + ",".join(rows)).encode()
        await asyncio.sleep(0)  # let the loop serve others between chunks
    yield b"]}"
