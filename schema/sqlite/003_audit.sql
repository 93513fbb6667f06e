-- Roadmap embedded store, migration 3: the service's own state beside the graph (same database file).
-- The audit trail of every mutation (append-only) and the API keys (salted SHA-256 hashes only; secrets are never stored).
CREATE TABLE IF NOT EXISTS audit_log (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL,
    role   TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    before TEXT,
    after  TEXT,
    note   TEXT
);
CREATE INDEX IF NOT EXISTS ix_audit_at ON audit_log (at, id);
CREATE INDEX IF NOT EXISTS ix_audit_actor ON audit_log (actor, id);
CREATE INDEX IF NOT EXISTS ix_audit_target ON audit_log (target, id);

CREATE TABLE IF NOT EXISTS api_keys (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    salt       TEXT NOT NULL,
    hash       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
