using Roadmap.Core.Crawling;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j.State;

/// <summary>
/// The crawl's checkpoints, drift baselines and provenance ledger in the graph store's Neo4j, so a crawl killed on one
/// instance resumes on another with all of them. Uses the graph store's client; does not own it.
/// </summary>
public sealed class Neo4jCrawlStateStore(Neo4jGraphStore graph) : ICrawlStateStore
{
    private readonly Neo4jClient _client = graph.Client;

    public async Task<string?> LoadCheckpointAsync(string source, CancellationToken cancellationToken)
    {
        var result = await RunAsync(CypherStatements.LoadCrawlCheckpoint, cancellationToken, ("source", source));
        return result.Records.Select(r => r.String("json")).FirstOrDefault();
    }

    public Task SaveCheckpointAsync(string source, string checkpointJson, CancellationToken cancellationToken) =>
        RunAsync(CypherStatements.SaveCrawlCheckpoint, cancellationToken, ("source", source), ("json", checkpointJson));

    public Task DeleteCheckpointAsync(string source, CancellationToken cancellationToken) =>
        RunAsync(CypherStatements.DeleteCrawlCheckpoint, cancellationToken, ("source", source));

    public async Task<IReadOnlyDictionary<string, int>> LoadListingCountsAsync(string source, CancellationToken cancellationToken)
    {
        var result = await RunAsync(CypherStatements.LoadCrawlListing, cancellationToken, ("source", source));
        return result.Records.Select(r => r.String("counts")).FirstOrDefault() is { } json
            ? CrawlStateJson.ParseCounts(json)
            : new Dictionary<string, int>(StringComparer.Ordinal);
    }

    public Task SaveListingCountsAsync(string source, IReadOnlyDictionary<string, int> counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return RunAsync(CypherStatements.SaveCrawlListing, cancellationToken, ("source", source), ("counts", CrawlStateJson.FormatCounts(counts)));
    }

    public Task AppendProvenanceAsync(CrawlProvenance line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        return RunAsync(
            CypherStatements.AppendCrawlProvenance,
            cancellationToken,
            ("sequence", CypherStatements.ProvenanceSequence),
            ("runId", line.RunId),
            ("url", line.Url),
            ("fetchedAt", StoredTime.Format(line.FetchedAt)),
            ("contentHash", line.ContentHash),
            ("keys", CrawlStateJson.FormatKeys(line.Keys)));
    }

    public async Task<IReadOnlyList<CrawlProvenance>> ReadProvenanceAsync(IReadOnlyCollection<string> runIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        if (runIds.Count == 0)
        {
            return [];
        }

        var result = await RunAsync(CypherStatements.ReadCrawlProvenance, cancellationToken, ("runIds", runIds.Distinct(StringComparer.Ordinal).ToList()));
        return [.. result.Records.Select(r => new CrawlProvenance
        {
            RunId = r.RequiredString("runId"),
            Url = r.RequiredString("url"),
            FetchedAt = StoredTime.Parse(r.RequiredString("fetchedAt")),
            ContentHash = r.RequiredString("contentHash"),
            Keys = CrawlStateJson.ParseKeys(r.RequiredString("keys")),
        })];
    }

    private Task<CypherResult> RunAsync(string statement, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        _client.RunAsync(new CypherStatement(statement, Parameters(parameters)), cancellationToken);
}
