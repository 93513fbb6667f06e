-- Roadmap embedded store, migration 6: the liaison registry. One row per unordered committee pair (first_key is the
-- ordinally smaller key); the record is kept as JSON like every other record. Committees need not exist yet: a
-- registry may name a committee before any document of it is imported.
CREATE TABLE IF NOT EXISTS liaisons (
    first_key  TEXT NOT NULL,
    second_key TEXT NOT NULL,
    json       TEXT NOT NULL,
    PRIMARY KEY (first_key, second_key)
);
