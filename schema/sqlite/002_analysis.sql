-- Roadmap embedded store, schema version 2: analysis results beside the graph, in the same database file.
-- Rule classifications and editors' decisions are separate tables, so a re-classification never touches a decision.
-- Records with nested explanation data (evidence, priority terms, history, notes) are kept as JSON, with the columns
-- that filters and ordering need pulled out beside it.
CREATE TABLE IF NOT EXISTS classifications (
    document_key TEXT NOT NULL,
    topic_id     TEXT NOT NULL,
    score        REAL NOT NULL,
    evidence     TEXT NOT NULL,
    PRIMARY KEY (document_key, topic_id)
);
CREATE INDEX IF NOT EXISTS ix_classifications_topic ON classifications (topic_id, document_key);

CREATE TABLE IF NOT EXISTS editor_decisions (
    document_key TEXT NOT NULL,
    topic_id     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    editor       TEXT NOT NULL,
    at           TEXT NOT NULL,
    note         TEXT,
    PRIMARY KEY (document_key, topic_id)
);

CREATE TABLE IF NOT EXISTS gaps (
    id             TEXT PRIMARY KEY,
    topic_id       TEXT NOT NULL,
    status         TEXT NOT NULL,
    priority       REAL NOT NULL,
    editor_created INTEGER NOT NULL,
    json           TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_gaps_status ON gaps (status, priority DESC, id);

CREATE TABLE IF NOT EXISTS overlaps (
    first_key  TEXT NOT NULL,
    second_key TEXT NOT NULL,
    score      REAL NOT NULL,
    known      TEXT,
    json       TEXT NOT NULL,
    PRIMARY KEY (first_key, second_key)
);
CREATE INDEX IF NOT EXISTS ix_overlaps_score ON overlaps (score DESC, first_key, second_key);

CREATE TABLE IF NOT EXISTS analysis_runs (
    id         TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    as_of      TEXT,
    json       TEXT NOT NULL,
    snapshot   TEXT
);
CREATE INDEX IF NOT EXISTS ix_analysis_runs_started ON analysis_runs (started_at, id);
