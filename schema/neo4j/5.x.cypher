// Roadmap graph schema for Neo4j 4.4, 5.x and calendar versions (2025.x+). Applied at every start; each statement is idempotent.
// A :Reference is anything a relation can point at, keyed by its canonical designation; a described document also carries :Document.
CREATE CONSTRAINT roadmap_reference_key IF NOT EXISTS FOR (r:Reference) REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT roadmap_committee_key IF NOT EXISTS FOR (c:Committee) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT roadmap_crawl_run_id IF NOT EXISTS FOR (r:CrawlRun) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT roadmap_liaison_id IF NOT EXISTS FOR (l:Liaison) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT roadmap_sequence_name IF NOT EXISTS FOR (s:Sequence) REQUIRE s.name IS UNIQUE;
CREATE CONSTRAINT roadmap_meta_key IF NOT EXISTS FOR (m:RoadmapMeta) REQUIRE m.key IS UNIQUE;
CREATE INDEX roadmap_document_committee IF NOT EXISTS FOR (d:Document) ON (d.committee);
CREATE INDEX roadmap_document_stage IF NOT EXISTS FOR (d:Document) ON (d.stage);
CREATE INDEX roadmap_committee_parent IF NOT EXISTS FOR (c:Committee) ON (c.parentKey);
CREATE INDEX roadmap_change_seq IF NOT EXISTS FOR (c:Change) ON (c.seq);
CREATE INDEX roadmap_change_document IF NOT EXISTS FOR (c:Change) ON (c.documentKey);
CREATE INDEX roadmap_change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
// Schema 2: counters for stats, fences and sort/filter indexes for listings (a range seek on the sort property bounds a page).
CREATE CONSTRAINT roadmap_counter_key IF NOT EXISTS FOR (c:Counter) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT roadmap_listing_fences_sort IF NOT EXISTS FOR (f:ListingFences) REQUIRE f.sort IS UNIQUE;
CREATE INDEX roadmap_document_key IF NOT EXISTS FOR (d:Document) ON (d.key);
CREATE INDEX roadmap_document_title_sort IF NOT EXISTS FOR (d:Document) ON (d.titleSort);
CREATE INDEX roadmap_document_published_sort IF NOT EXISTS FOR (d:Document) ON (d.publishedSort);
CREATE INDEX roadmap_document_body_norm IF NOT EXISTS FOR (d:Document) ON (d.bodyNorm);
CREATE CONSTRAINT roadmap_lease_name IF NOT EXISTS FOR (l:Lease) REQUIRE l.name IS UNIQUE;
CREATE INDEX roadmap_counter_group IF NOT EXISTS FOR (c:Counter) ON (c.group);
// Analysis store (Neo4jAnalysisStore): one node per record, pairs joined by U+001F (the same rules as 3.x.cypher).
CREATE CONSTRAINT roadmap_gap_id IF NOT EXISTS FOR (g:Gap) REQUIRE g.id IS UNIQUE;
CREATE INDEX roadmap_gap_status IF NOT EXISTS FOR (g:Gap) ON (g.status);
CREATE CONSTRAINT roadmap_classification_pair IF NOT EXISTS FOR (c:Classification) REQUIRE c.pair IS UNIQUE;
CREATE INDEX roadmap_classification_document IF NOT EXISTS FOR (c:Classification) ON (c.documentKey);
CREATE CONSTRAINT roadmap_editor_decision_pair IF NOT EXISTS FOR (d:EditorDecision) REQUIRE d.pair IS UNIQUE;
CREATE CONSTRAINT roadmap_overlap_pair IF NOT EXISTS FOR (o:Overlap) REQUIRE o.pair IS UNIQUE;
CREATE INDEX roadmap_overlap_score IF NOT EXISTS FOR (o:Overlap) ON (o.score);
CREATE CONSTRAINT roadmap_analysis_run_id IF NOT EXISTS FOR (r:AnalysisRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX roadmap_analysis_run_started IF NOT EXISTS FOR (r:AnalysisRun) ON (r.startedAt);
CREATE INDEX roadmap_analysis_snapshot_part_run IF NOT EXISTS FOR (p:AnalysisSnapshotPart) ON (p.runId);
CREATE CONSTRAINT roadmap_analysis_lock_name IF NOT EXISTS FOR (l:AnalysisLock) REQUIRE l.name IS UNIQUE;
// Watch store (Neo4jWatchStore, issue #22/#23): the same rules as 3.x.cypher (single-property, as 3.1 has no composite index).
CREATE CONSTRAINT roadmap_watch_id IF NOT EXISTS FOR (w:Watch) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT roadmap_watch_cursor_projection IF NOT EXISTS FOR (c:WatchCursor) REQUIRE c.projection IS UNIQUE;
CREATE CONSTRAINT roadmap_watch_event_id IF NOT EXISTS FOR (e:WatchEvent) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT roadmap_watch_event_idempotency_key IF NOT EXISTS FOR (e:WatchEvent) REQUIRE e.idempotencyKey IS UNIQUE;
CREATE CONSTRAINT roadmap_watch_delivery_id IF NOT EXISTS FOR (d:WatchDelivery) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT roadmap_watch_attempt_id IF NOT EXISTS FOR (a:WatchAttempt) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT roadmap_watch_queue_channel IF NOT EXISTS FOR (q:WatchQueue) REQUIRE q.channel IS UNIQUE;
CREATE CONSTRAINT roadmap_feed_token_hash IF NOT EXISTS FOR (t:FeedToken) REQUIRE t.hash IS UNIQUE;
CREATE INDEX roadmap_watch_event_watch IF NOT EXISTS FOR (e:WatchEvent) ON (e.watchId);
CREATE INDEX roadmap_watch_event_document IF NOT EXISTS FOR (e:WatchEvent) ON (e.documentKey);
CREATE INDEX roadmap_watch_event_committee IF NOT EXISTS FOR (e:WatchEvent) ON (e.committeeKey);
CREATE INDEX roadmap_watch_delivery_watch IF NOT EXISTS FOR (d:WatchDelivery) ON (d.watchId);
CREATE INDEX roadmap_watch_delivery_queue IF NOT EXISTS FOR (d:WatchDelivery) ON (d.queue);
CREATE INDEX roadmap_watch_attempt_watch IF NOT EXISTS FOR (a:WatchAttempt) ON (a.watchId);
// Service state shared by every instance (issue #23): API keys, the audit trail, the crawl's checkpoints, baselines and ledger.
CREATE CONSTRAINT roadmap_api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT roadmap_audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX roadmap_audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE CONSTRAINT roadmap_crawl_checkpoint_source IF NOT EXISTS FOR (c:CrawlCheckpoint) REQUIRE c.source IS UNIQUE;
CREATE CONSTRAINT roadmap_crawl_listing_source IF NOT EXISTS FOR (l:CrawlListing) REQUIRE l.source IS UNIQUE;
CREATE INDEX roadmap_crawl_provenance_run IF NOT EXISTS FOR (p:CrawlProvenance) ON (p.runId);
CREATE INDEX roadmap_crawl_provenance_seq IF NOT EXISTS FOR (p:CrawlProvenance) ON (p.seq);
