-- Roadmap embedded store, migration 9: the crawl's state between runs (issue #23), moved here from files under crawl/
-- (checkpoints/{source}.json, listings/{source}.json, provenance.jsonl), which are imported once on first use.
-- The HTTP cache stays a folder: it is per instance.
CREATE TABLE IF NOT EXISTS crawl_checkpoints (
    source TEXT PRIMARY KEY,
    json   TEXT NOT NULL   -- the crawler's checkpoint (frontier, tallies), rewritten after every page
);

CREATE TABLE IF NOT EXISTS crawl_listings (
    source TEXT PRIMARY KEY,
    counts TEXT NOT NULL   -- JSON: listing page → item count, the drift guard's baselines
);

CREATE TABLE IF NOT EXISTS crawl_provenance (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id       TEXT NOT NULL,
    url          TEXT NOT NULL,
    fetched_at   TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    keys         TEXT NOT NULL   -- JSON array of document keys
);
CREATE INDEX IF NOT EXISTS ix_crawl_provenance_run ON crawl_provenance (run_id, id);
