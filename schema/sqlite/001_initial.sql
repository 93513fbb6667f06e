-- Roadmap embedded graph store, schema version 1.
-- Documents are nodes keyed by their canonical designation; the full record (editions included) is kept as JSON,
-- with the columns that filters, sorts and statistics need pulled out beside it.
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
    key           TEXT PRIMARY KEY,
    body          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    designation   TEXT NOT NULL,
    title         TEXT NOT NULL,
    title_sort    TEXT NOT NULL,
    search_text   TEXT NOT NULL,
    stage         TEXT NOT NULL,
    committee     TEXT,
    published     TEXT,
    edition_count INTEGER NOT NULL,
    hash          TEXT NOT NULL,
    json          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_documents_body ON documents (body, key);
CREATE INDEX IF NOT EXISTS ix_documents_committee ON documents (committee, key);
CREATE INDEX IF NOT EXISTS ix_documents_stage ON documents (stage, key);
CREATE INDEX IF NOT EXISTS ix_documents_title ON documents (title_sort, key);
CREATE INDEX IF NOT EXISTS ix_documents_published ON documents (published, key);

CREATE TABLE IF NOT EXISTS committees (
    key        TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    parent_key TEXT,
    json       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_committees_parent ON committees (parent_key);

CREATE TABLE IF NOT EXISTS relations (
    from_key TEXT NOT NULL,
    type     TEXT NOT NULL,
    to_key   TEXT NOT NULL,
    source   TEXT,
    PRIMARY KEY (from_key, type, to_key)
);
CREATE INDEX IF NOT EXISTS ix_relations_to ON relations (to_key, type);

CREATE TABLE IF NOT EXISTS changes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    document_key TEXT NOT NULL,
    kind         TEXT NOT NULL,
    at           TEXT NOT NULL,
    run_id       TEXT,
    actor        TEXT NOT NULL,
    fields       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_changes_document ON changes (document_key, id);
CREATE INDEX IF NOT EXISTS ix_changes_at ON changes (at, id);

CREATE TABLE IF NOT EXISTS crawl_runs (
    id         TEXT PRIMARY KEY,
    source     TEXT NOT NULL,
    started_at TEXT NOT NULL,
    json       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_crawl_runs_started ON crawl_runs (started_at);
