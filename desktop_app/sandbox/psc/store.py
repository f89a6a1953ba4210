"""The OpenID provider's memory: SSO sessions, authorization codes, grants and tokens, in one sqlite file.

Why sqlite under ``state_dir``: a login in one process and a refresh or logout in another (each running its own
sandbox on the same folder) must agree, as they would against the real PSC. Why digests: codes and refresh
tokens are bearer secrets, so only their SHA-256 is stored (the client's leak test scans every file under
HOME, and a server should not keep bearer secrets in clear anyway). Access tokens are signed JWTs: only their
``jti`` is stored, to revoke them.

A *grant* is what one authorization code starts: the refresh tokens rotated from it and every access token
issued along the way. Revoking a refresh token, or replaying its code (RFC 6749 §4.1.2), revokes the grant.

One short-lived connection per operation keeps the store usable from any thread and any process (sqlite locks
the file).
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from desktop_app.sandbox.psc.records import CodeRecord, Session, TokenRecord

_SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE sessions (sid TEXT PRIMARY KEY, subject TEXT NOT NULL, auth_mode TEXT NOT NULL, acr TEXT NOT NULL,
    auth_time REAL NOT NULL, last_seen REAL NOT NULL, ended INTEGER NOT NULL DEFAULT 0);
CREATE TABLE codes (digest TEXT PRIMARY KEY, client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL,
    scope TEXT NOT NULL, code_challenge TEXT NOT NULL, code_challenge_method TEXT NOT NULL, nonce TEXT,
    sid TEXT NOT NULL, expires_at REAL NOT NULL, used INTEGER NOT NULL DEFAULT 0, grant_id TEXT);
CREATE TABLE grants (grant_id TEXT PRIMARY KEY, client_id TEXT NOT NULL, sid TEXT NOT NULL, scope TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE refresh_tokens (digest TEXT PRIMARY KEY, grant_id TEXT NOT NULL, expires_at REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'active');
CREATE TABLE access_tokens (jti TEXT PRIMARY KEY, grant_id TEXT NOT NULL, expires_at REAL NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0);
"""
_TABLES = ("sessions", "codes", "grants", "refresh_tokens", "access_tokens")
#: Expired rows are kept this long (so a late replay still finds its code), then purged at start.
_RETENTION = 3600.0


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class Store:
    """Persistence plus PSC's SSO-session rules (``session_max`` since login, ``session_idle`` since last use)."""

    def __init__(
        self, path: Path, *, session_max: float, session_idle: float, clock: Callable[[], float] = time.time
    ) -> None:
        self._path = path
        self._session_max = session_max
        self._session_idle = session_idle
        self._clock = clock
        if not path.exists():
            path.touch(mode=0o600)
        with self._transaction() as db:
            if db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA_VERSION:
                for table in _TABLES:
                    db.execute(f"DROP TABLE IF EXISTS {table}")
                db.executescript(_SCHEMA)
                db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
            self._purge(db)

    # -- SSO sessions --------------------------------------------------------------------------------------

    def create_session(self, sid: str, subject: str, auth_mode: str, acr: str) -> Session:
        now = self._clock()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO sessions (sid, subject, auth_mode, acr, auth_time, last_seen) VALUES (?, ?, ?, ?, ?, ?)",
                (sid, subject, auth_mode, acr, now, now),
            )
        return Session(sid, subject, auth_mode, acr, now, now)

    def live_session(self, sid: str) -> Session | None:
        """The session if it has not ended, exceeded ``session_max`` nor been idle longer than ``session_idle``."""
        with self._transaction() as db:
            row = db.execute("SELECT * FROM sessions WHERE sid = ? AND ended = 0", (sid,)).fetchone()
        if row is None:
            return None
        session = Session(row["sid"], row["subject"], row["auth_mode"], row["acr"], row["auth_time"], row["last_seen"])
        now = self._clock()
        if now - session.auth_time > self._session_max or now - session.last_seen > self._session_idle:
            return None
        return session

    def refresh_deadline(self, session: Session, ttl: float, now: float | None = None) -> float:
        """When a refresh token issued ``now`` dies: after ``ttl``, or when ``session_max`` ends the session."""
        return min((self._clock() if now is None else now) + ttl, session.auth_time + self._session_max)

    def touch_session(self, sid: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE sessions SET last_seen = ? WHERE sid = ?", (self._clock(), sid))

    def end_session(self, sid: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE sessions SET ended = 1 WHERE sid = ?", (sid,))

    def end_all_sessions(self) -> None:
        with self._transaction() as db:
            db.execute("UPDATE sessions SET ended = 1")

    # -- authorization codes -------------------------------------------------------------------------------

    def save_code(
        self,
        code: str,
        *,
        client_id: str,
        redirect_uri: str,
        scope: str,
        code_challenge: str,
        code_challenge_method: str,
        nonce: str | None,
        sid: str,
        ttl: float,
    ) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO codes (digest, client_id, redirect_uri, scope, code_challenge, code_challenge_method,"
                " nonce, sid, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    digest(code),
                    client_id,
                    redirect_uri,
                    scope,
                    code_challenge,
                    code_challenge_method,
                    nonce,
                    sid,
                    self._clock() + ttl,
                ),
            )

    def find_code(self, code: str) -> CodeRecord | None:
        """The code's record, used or not, expired or not (the caller decides: a replay must be seen)."""
        with self._transaction() as db:
            row = db.execute("SELECT * FROM codes WHERE digest = ?", (digest(code),)).fetchone()
        if row is None:
            return None
        values = dict(row)
        values["used"] = bool(values["used"])
        return CodeRecord(**values)

    def code_expired(self, record: CodeRecord) -> bool:
        return self._clock() >= record.expires_at

    def mark_code_used(self, record: CodeRecord, grant_id: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE codes SET used = 1, grant_id = ? WHERE digest = ?", (grant_id, record.digest))

    def nonce_seen(self, client_id: str, nonce: str) -> bool:
        with self._transaction() as db:
            row = db.execute("SELECT 1 FROM codes WHERE client_id = ? AND nonce = ?", (client_id, nonce)).fetchone()
        return row is not None

    # -- grants and tokens ---------------------------------------------------------------------------------

    def save_tokens(
        self,
        *,
        grant_id: str,
        client_id: str,
        sid: str,
        scope: str,
        jti: str,
        access_expires_at: float,
        refresh_token: str | None,
        refresh_expires_at: float,
    ) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO grants (grant_id, client_id, sid, scope) VALUES (?, ?, ?, ?)",
                (grant_id, client_id, sid, scope),
            )
            db.execute(
                "INSERT INTO access_tokens (jti, grant_id, expires_at) VALUES (?, ?, ?)",
                (jti, grant_id, access_expires_at),
            )
            if refresh_token is not None:
                db.execute(
                    "INSERT INTO refresh_tokens (digest, grant_id, expires_at) VALUES (?, ?, ?)",
                    (digest(refresh_token), grant_id, refresh_expires_at),
                )

    def find_refresh_token(self, token: str) -> TokenRecord | None:
        with self._transaction() as db:
            row = db.execute(
                "SELECT r.digest AS key, r.expires_at, r.state != 'active' OR g.revoked AS revoked,"
                " g.grant_id, g.client_id, g.sid, g.scope"
                " FROM refresh_tokens r JOIN grants g USING (grant_id) WHERE r.digest = ?",
                (digest(token),),
            ).fetchone()
        return self._token_record("refresh_token", row)

    def find_access_token(self, jti: str, claims: dict[str, Any]) -> TokenRecord | None:
        with self._transaction() as db:
            row = db.execute(
                "SELECT a.jti AS key, a.expires_at, a.revoked OR g.revoked AS revoked,"
                " g.grant_id, g.client_id, g.sid, g.scope"
                " FROM access_tokens a JOIN grants g USING (grant_id) WHERE a.jti = ?",
                (jti,),
            ).fetchone()
        return self._token_record("access_token", row, claims)

    def rotate_refresh_token(self, record: TokenRecord) -> None:
        """RFC 6749 §6 / RFC 9700 §4.14.2: the refresh token just used is dead once a new one is issued."""
        with self._transaction() as db:
            db.execute("UPDATE refresh_tokens SET state = 'rotated' WHERE digest = ?", (record.key,))

    def revoke_grant(self, grant_id: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE grants SET revoked = 1 WHERE grant_id = ?", (grant_id,))

    def revoke_access_token(self, jti: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE access_tokens SET revoked = 1 WHERE jti = ?", (jti,))

    # -- internals -----------------------------------------------------------------------------------------

    def _token_record(
        self, kind: str, row: sqlite3.Row | None, claims: dict[str, Any] | None = None
    ) -> TokenRecord | None:
        if row is None:
            return None
        revoked = bool(row["revoked"]) or self.live_session(row["sid"]) is None
        return TokenRecord(
            kind=kind,
            key=row["key"],
            grant_id=row["grant_id"],
            client_id=row["client_id"],
            sid=row["sid"],
            scope=row["scope"],
            expires_at=row["expires_at"],
            revoked=revoked,
            claims=claims,
        )

    def _purge(self, db: sqlite3.Connection) -> None:
        horizon = self._clock() - _RETENTION
        for table in ("codes", "refresh_tokens", "access_tokens"):
            db.execute(f"DELETE FROM {table} WHERE expires_at < ?", (horizon,))  # noqa: S608 - fixed names
        db.execute(
            "DELETE FROM sessions WHERE ended = 1 OR auth_time < ? OR last_seen < ?",
            (horizon - self._session_max, horizon - self._session_idle),
        )

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self._path, timeout=10)) as db:
            db.row_factory = sqlite3.Row
            with db:
                yield db
