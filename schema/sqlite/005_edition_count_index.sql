-- Roadmap embedded store, migration 5: the statistics' edition total without reading every document.
-- sum(edition_count) scanned the documents table, whose rows carry the whole record as JSON (over 250 MB for the
-- shared corpus): about 150 ms a call. Over this narrow index it is a couple of milliseconds.
CREATE INDEX IF NOT EXISTS ix_documents_edition_count ON documents (edition_count);
