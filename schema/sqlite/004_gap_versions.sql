-- Roadmap embedded store, migration 4: optimistic concurrency for gaps.
-- version grows by one on every change of a gap (a re-run that changes it, a status change, a note, an edit); editors'
-- writes name the version they read and fail when it moved. Gaps stored before this migration start at version 1.
ALTER TABLE gaps ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE gaps ADD COLUMN updated_at TEXT;
