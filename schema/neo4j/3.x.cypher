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
// Analysis store (Neo4jAnalysisStore): one node per record, pairs joined by U+001F (3.x has single-property constraints only).
CREATE CONSTRAINT ON (g:Gap) ASSERT g.id IS UNIQUE;
CREATE INDEX ON :Gap(status);
CREATE CONSTRAINT ON (c:Classification) ASSERT c.pair IS UNIQUE;
CREATE INDEX ON :Classification(documentKey);
CREATE CONSTRAINT ON (d:EditorDecision) ASSERT d.pair IS UNIQUE;
CREATE CONSTRAINT ON (o:Overlap) ASSERT o.pair IS UNIQUE;
CREATE INDEX ON :Overlap(score);
CREATE CONSTRAINT ON (r:AnalysisRun) ASSERT r.id IS UNIQUE;
CREATE INDEX ON :AnalysisRun(startedAt);
CREATE INDEX ON :AnalysisSnapshotPart(runId);
CREATE CONSTRAINT ON (l:AnalysisLock) ASSERT l.name IS UNIQUE;
// Watch store (Neo4jWatchStore, issue #22/#23): ids and idempotency keys unique; a pending delivery's queue (its channel) is the due query's index.
CREATE CONSTRAINT ON (w:Watch) ASSERT w.id IS UNIQUE;
CREATE CONSTRAINT ON (c:WatchCursor) ASSERT c.projection IS UNIQUE;
CREATE CONSTRAINT ON (e:WatchEvent) ASSERT e.id IS UNIQUE;
CREATE CONSTRAINT ON (e:WatchEvent) ASSERT e.idempotencyKey IS UNIQUE;
CREATE CONSTRAINT ON (d:WatchDelivery) ASSERT d.id IS UNIQUE;
CREATE CONSTRAINT ON (a:WatchAttempt) ASSERT a.id IS UNIQUE;
CREATE CONSTRAINT ON (q:WatchQueue) ASSERT q.channel IS UNIQUE;
CREATE CONSTRAINT ON (t:FeedToken) ASSERT t.hash IS UNIQUE;
CREATE INDEX ON :WatchEvent(watchId);
CREATE INDEX ON :WatchEvent(documentKey);
CREATE INDEX ON :WatchEvent(committeeKey);
CREATE INDEX ON :WatchDelivery(watchId);
CREATE INDEX ON :WatchDelivery(queue);
CREATE INDEX ON :WatchAttempt(watchId);
// Service state shared by every instance (issue #23): API keys, the audit trail, the crawl's checkpoints, baselines and ledger.
CREATE CONSTRAINT ON (k:ApiKey) ASSERT k.id IS UNIQUE;
CREATE CONSTRAINT ON (a:AuditEntry) ASSERT a.id IS UNIQUE;
CREATE INDEX ON :AuditEntry(at);
CREATE CONSTRAINT ON (c:CrawlCheckpoint) ASSERT c.source IS UNIQUE;
CREATE CONSTRAINT ON (l:CrawlListing) ASSERT l.source IS UNIQUE;
CREATE INDEX ON :CrawlProvenance(runId);
CREATE INDEX ON :CrawlProvenance(seq);
