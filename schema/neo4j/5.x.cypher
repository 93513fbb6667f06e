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
// Service state shared by every instance (issue #23): API keys, the audit trail, the crawl's checkpoints, baselines and ledger.
CREATE CONSTRAINT roadmap_api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT roadmap_audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX roadmap_audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE CONSTRAINT roadmap_crawl_checkpoint_source IF NOT EXISTS FOR (c:CrawlCheckpoint) REQUIRE c.source IS UNIQUE;
CREATE CONSTRAINT roadmap_crawl_listing_source IF NOT EXISTS FOR (l:CrawlListing) REQUIRE l.source IS UNIQUE;
CREATE INDEX roadmap_crawl_provenance_run IF NOT EXISTS FOR (p:CrawlProvenance) ON (p.runId);
CREATE INDEX roadmap_crawl_provenance_seq IF NOT EXISTS FOR (p:CrawlProvenance) ON (p.seq);
