using System.Globalization;
using Roadmap.Core.Committees;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Neo4j.Listing;

namespace Roadmap.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const int StatsTopCommittees = 25;

    public async Task<Document?> GetDocumentAsync(string key, CancellationToken cancellationToken) =>
        (await GetDocumentsAsync([key], cancellationToken)).GetValueOrDefault(key);

    public async Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var statements = keys.Distinct(StringComparer.Ordinal).Chunk(_batchSize)
            .Select(chunk => new CypherStatement(CypherStatements.LoadDocuments, Parameters(("keys", chunk))))
            .ToList();
        var found = new Dictionary<string, Document>(StringComparer.Ordinal);
        if (statements.Count == 0)
        {
            return found;
        }

        foreach (var result in await _client.RunAsync(statements, cancellationToken))
        {
            AddDocuments(found, result);
        }

        return found;
    }

    public async Task<Committee?> GetCommitteeAsync(string key, CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.GetCommittee, Parameters(("key", key))), cancellationToken);
        return result.Records.Select(r => Neo4jRows.ReadCommittee(r.RequiredString("json"))).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Committee>> ListCommitteesAsync(CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.ListCommittees), cancellationToken);
        return result.Records.Select(r => Neo4jRows.ReadCommittee(r.RequiredString("json"))).ToList();
    }

    public async Task<IReadOnlyList<DocumentRelation>> GetRelationsAsync(string key, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.Relations, Parameters(("key", key), ("types", TypeNames(types)))), cancellationToken);
        return result.Records
            .Select(r => (Record: r, Type: RelationTypes.Parse(r.String("type"))))
            .Where(x => x.Type is not null)
            .Select(x => new DocumentRelation(x.Record.RequiredString("fromKey"), x.Type!.Value, x.Record.RequiredString("toKey")) { Source = x.Record.String("source") })
            .OrderBy(r => r.FromKey, StringComparer.Ordinal).ThenBy(r => r.Type.ToString(), StringComparer.Ordinal).ThenBy(r => r.ToKey, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(string key, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.Neighbours, Parameters(("key", key), ("types", TypeNames(types)))), cancellationToken);
        return result.Records
            .Select(r => (Record: r, Type: RelationTypes.Parse(r.String("type"))))
            .Where(x => x.Type is not null)
            .OrderBy(x => x.Record.String("fromKey"), StringComparer.Ordinal).ThenBy(x => x.Type.ToString(), StringComparer.Ordinal).ThenBy(x => x.Record.String("toKey"), StringComparer.Ordinal)
            .Select(x => new Neighbour(Neo4jRows.ReadDocument(x.Record.RequiredString("json")), x.Type!.Value, x.Record.Bool("outgoing")))
            .ToList();
    }

    public async Task<IReadOnlyList<DocumentChange>> GetHistoryAsync(string key, CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.History, Parameters(("key", key))), cancellationToken);
        return result.Records.Select(Neo4jRows.ReadChange).ToList();
    }

    public async Task<IReadOnlyList<DocumentChange>> GetChangesAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        var parameters = Parameters(("since", since is { } s ? StoredTime.Format(s) : string.Empty), ("limit", Math.Clamp(limit, 1, 100_000)));
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.ChangesSince, parameters), cancellationToken);
        return result.Records.Select(Neo4jRows.ReadChange).ToList();
    }

    // Read under the sequence lock (see HoldSequence): a write under way is waited for, so no change is listed before its
    // document can be read, and none numbered below a listed one can still appear.
    public Task<IReadOnlyList<DocumentChange>> GetChangesAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken)
    {
        var parameters = Parameters(("after", Math.Max(0, afterSeq)), ("limit", Math.Clamp(limit, 1, 100_000)));
        return _client.WriteAsync<IReadOnlyList<DocumentChange>>(
            async (tx, ct) =>
            {
                await tx.RunAsync(new CypherStatement(CypherStatements.HoldSequence, Parameters(("name", CypherStatements.ChangeSequence))), ct);
                return (await tx.RunAsync(new CypherStatement(CypherStatements.ChangesAfter, parameters), ct)).Records.Select(Neo4jRows.ReadChange).ToList();
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<CrawlRun>> ListCrawlRunsAsync(int limit, CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.ListCrawlRuns, Parameters(("limit", Math.Clamp(limit, 1, 10_000)))), cancellationToken);
        return result.Records.Select(r => Neo4jRows.ReadCrawlRun(r.RequiredString("json"))).ToList();
    }

    public Task<long> GetLastChangeSeqAsync(CancellationToken cancellationToken) =>
        _client.WriteAsync(
            async (tx, ct) => (await tx.RunAsync(new CypherStatement(CypherStatements.HoldSequence, Parameters(("name", CypherStatements.ChangeSequence))), ct)).SingleLong("value"),
            cancellationToken);

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        // Counts from the count store and the counters the writes keep: no statement here reads every document.
        var results = await _client.RunAsync(
            [
                new CypherStatement(CypherStatements.CountDocuments),
                new CypherStatement(CypherStatements.CountCommittees),
                new CypherStatement(CypherStatements.CountRelations),
                new CypherStatement(CypherStatements.SequenceState, Parameters(("name", CypherStatements.ChangeSequence))),
                new CypherStatement(CypherStatements.ReadCounters),
            ],
            cancellationToken);
        var head = results[3].Records.Single();
        var counters = results[4].Records
            .Select(r => (Group: r.RequiredString("group"), Name: r.RequiredString("name"), N: (int)r.Long("n")))
            .ToLookup(c => c.Group, StringComparer.Ordinal);
        return new GraphStats
        {
            Documents = (int)results[0].SingleLong("n"),
            Editions = counters[StatsCounters.Editions].Sum(c => c.N),
            Committees = (int)results[1].SingleLong("n"),
            Relations = (int)results[2].SingleLong("n"),
            ByBody = Counts(counters[StatsCounters.Body]),
            ByLifecycle = Counts(counters[StatsCounters.Stage]),
            ByCommittee = Counts(counters[StatsCounters.Committee], StatsTopCommittees),
            LastChangeAt = head.String("lastAt") is { } at ? StoredTime.Parse(at) : null,
            LastChangeSeq = head.Long("seq"),
            InForceByBody = Counts(counters[StatsCounters.InForce]),
            InForceWithoutCommittee = Counts(counters[StatsCounters.InForceWithoutCommittee]),
        };
    }

    private async Task<Dictionary<string, Document>> LoadDocumentsAsync(ICypherTransaction tx, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(_batchSize))
        {
            AddDocuments(found, await tx.RunAsync(new CypherStatement(CypherStatements.LoadDocuments, Parameters(("keys", chunk))), cancellationToken));
        }

        return found;
    }

    private static void AddDocuments(Dictionary<string, Document> found, CypherResult result)
    {
        foreach (var record in result.Records)
        {
            var document = Neo4jRows.ReadDocument(record.RequiredString("json"));
            found[document.Key] = document;
        }
    }

    private static List<string>? TypeNames(IReadOnlyCollection<RelationType>? types) =>
        types is null || types.Count == 0 ? null : types.Distinct().Select(RelationTypes.Name).ToList();

    // Most first, then by name, as the SQLite store orders its GROUP BY.
    private static Dictionary<string, int> Counts(IEnumerable<(string Group, string Name, int N)> counters, int limit = int.MaxValue) =>
        counters.Where(c => c.N > 0)
            .OrderByDescending(c => c.N).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(limit)
            .ToDictionary(c => c.Name, c => c.N, StringComparer.Ordinal);
}
