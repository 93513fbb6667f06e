-- Roadmap embedded store, migration 8: watch lists, their events and deliveries (issue #22), beside the service's state.
-- Events are a projection of the store's change sequence: watch_cursors keeps the last change taken in, committed in
-- the same transaction as the events and deliveries it gave, so a crash stores all of a pass or none of it.
CREATE TABLE IF NOT EXISTS watches (
    id           TEXT PRIMARY KEY,
    owner_key_id TEXT NOT NULL,
    name         TEXT NOT NULL,
    definition   TEXT NOT NULL,  -- JSON: rules, hand-picked documents, shares, delivery
    created_at   TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS watch_cursors (
    projection TEXT PRIMARY KEY,
    position   INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS watch_events (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    watch_id        TEXT NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    document_key    TEXT,
    committee_key   TEXT,
    gap_id          TEXT,
    title           TEXT NOT NULL,
    before          TEXT,
    after           TEXT,
    significant     INTEGER NOT NULL,
    change_seq      INTEGER,
    actor           TEXT NOT NULL,
    run_id          TEXT,
    occurred_at     TEXT NOT NULL,
    recorded_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_watch_events_watch ON watch_events (watch_id, id);
CREATE INDEX IF NOT EXISTS ix_watch_events_document ON watch_events (document_key, id);
CREATE INDEX IF NOT EXISTS ix_watch_events_committee ON watch_events (committee_key, id);

-- One row per event and channel. claimed_by / claimed_until are the lease that lets several service instances share
-- the work: an instance claims due rows in one statement, and a claim that outlives its lease (a killed instance) is
-- taken over, so nothing is lost; receivers drop the rare repeat by the event's idempotency key.
CREATE TABLE IF NOT EXISTS watch_deliveries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id        INTEGER NOT NULL REFERENCES watch_events (id) ON DELETE CASCADE,
    watch_id        TEXT NOT NULL,
    channel         TEXT NOT NULL,
    state           TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    claimed_by      TEXT,
    claimed_until   TEXT,
    UNIQUE (event_id, channel)
);
CREATE INDEX IF NOT EXISTS ix_watch_deliveries_due ON watch_deliveries (channel, state, next_attempt_at);
CREATE INDEX IF NOT EXISTS ix_watch_deliveries_watch ON watch_deliveries (watch_id, id);

CREATE TABLE IF NOT EXISTS watch_delivery_log (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_id     INTEGER NOT NULL,
    watch_id        TEXT NOT NULL,
    event_id        INTEGER NOT NULL,
    channel         TEXT NOT NULL,
    at              TEXT NOT NULL,
    succeeded       INTEGER NOT NULL,
    detail          TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    next_attempt_at TEXT,
    instance        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_watch_delivery_log_watch ON watch_delivery_log (watch_id, id);

-- Per-feed tokens for the document and committee feeds (feed readers send no headers, so the token is in the URL):
-- only a SHA-256 hash is kept; the watch feed's token lives in the watch's definition.
CREATE TABLE IF NOT EXISTS feed_tokens (
    token_hash   TEXT PRIMARY KEY,
    scope        TEXT NOT NULL,
    target       TEXT NOT NULL,
    owner_key_id TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
