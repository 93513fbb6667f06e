-- Roadmap embedded store, migration 7: leases, so work that must run once (a scheduled crawl, an analysis run) is done by
-- one process. expires_at and occurrence are fixed-width UTC texts (StoredTime), so text order is time order; token is
-- the fencing token, raised with every grant.
CREATE TABLE IF NOT EXISTS leases (
    name       TEXT PRIMARY KEY,
    owner      TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    token      INTEGER NOT NULL,
    occurrence TEXT
);
