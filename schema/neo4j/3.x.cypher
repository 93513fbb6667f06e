// Roadmap graph schema for Neo4j 3.x and 4.0–4.3 (the ON … ASSERT form, without names or IF NOT EXISTS).
// Re-running these is a no-op on 3.x; the bootstrap treats "already exists" answers of 4.x as success.
// Keep in step with 5.x.cypher: the same constraints and indexes, in the older syntax.
CREATE CONSTRAINT ON (r:Reference) ASSERT r.key IS UNIQUE;
CREATE CONSTRAINT ON (c:Committee) ASSERT c.key IS UNIQUE;
CREATE CONSTRAINT ON (r:CrawlRun) ASSERT r.id IS UNIQUE;
CREATE CONSTRAINT ON (l:Liaison) ASSERT l.id IS UNIQUE;
CREATE CONSTRAINT ON (s:Sequence) ASSERT s.name IS UNIQUE;
CREATE CONSTRAINT ON (m:RoadmapMeta) ASSERT m.key IS UNIQUE;
CREATE INDEX ON :Document(committee);
CREATE INDEX ON :Document(stage);
CREATE INDEX ON :Committee(parentKey);
CREATE INDEX ON :Change(seq);
CREATE INDEX ON :Change(documentKey);
CREATE INDEX ON :Change(at);
// Schema 2: counters for stats, fences and sort/filter indexes for listings.
CREATE CONSTRAINT ON (c:Counter) ASSERT c.key IS UNIQUE;
CREATE CONSTRAINT ON (f:ListingFences) ASSERT f.sort IS UNIQUE;
CREATE INDEX ON :Document(key);
CREATE INDEX ON :Document(titleSort);
CREATE INDEX ON :Document(publishedSort);
CREATE INDEX ON :Document(bodyNorm);
CREATE CONSTRAINT ON (l:Lease) ASSERT l.name IS UNIQUE;
CREATE INDEX ON :Counter(group);
// Service state shared by every instance (issue #23): API keys, the audit trail, the crawl's checkpoints, baselines and ledger.
CREATE CONSTRAINT ON (k:ApiKey) ASSERT k.id IS UNIQUE;
CREATE CONSTRAINT ON (a:AuditEntry) ASSERT a.id IS UNIQUE;
CREATE INDEX ON :AuditEntry(at);
CREATE CONSTRAINT ON (c:CrawlCheckpoint) ASSERT c.source IS UNIQUE;
CREATE CONSTRAINT ON (l:CrawlListing) ASSERT l.source IS UNIQUE;
CREATE INDEX ON :CrawlProvenance(runId);
CREATE INDEX ON :CrawlProvenance(seq);
