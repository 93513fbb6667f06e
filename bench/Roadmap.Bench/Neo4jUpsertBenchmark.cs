using System.Diagnostics;
using System.Globalization;
using Roadmap.Core.Committees;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Core.Lifecycle;
using Roadmap.Graph.Neo4j;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Bench;

/// <summary>
/// Upsert throughput into a real Neo4j over HTTP: 10 000 generated documents (two editions each) with 20 000 relations
/// and their committees, in import-sized transactions; first load, then an unchanged re-run. Needs
/// <c>ROADMAP_NEO4J_URL</c> (+ <c>_USER</c>, <c>_PASSWORD</c>; <c>.ci/neo4j.sh start</c> prints it) and WIPES that database.
/// </summary>
internal sealed class Neo4jUpsertBenchmark : IBenchmark
{
    private const int Documents = 10_000;
    private const int BatchDocuments = 2_000;

    public string Name => "Neo4j: upsert throughput over HTTP";

    public async Task<BenchSection> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable("ROADMAP_NEO4J_URL") is not { Length: > 0 } url)
        {
            return new BenchSection(Name, "Not run: set `ROADMAP_NEO4J_URL` (e.g. `eval \"$(.ci/neo4j.sh start)\"`) to measure it; the benchmark wipes that database.\n");
        }

        var neo4j = new Neo4jOptions
        {
            Url = new Uri(url),
            User = Environment.GetEnvironmentVariable("ROADMAP_NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("ROADMAP_NEO4J_PASSWORD"),
            BatchSize = BatchDocuments,
        };
        await using var store = new Neo4jGraphStore(neo4j);
        await store.InitializeAsync(cancellationToken);
        var server = await store.Client.ConnectAsync(cancellationToken);
        await WipeAsync(store, cancellationToken);
        var batches = Generate().Chunk(BatchDocuments).Select(ToBatch).ToList();
        var rows = batches.Sum(b => b.Documents.Count + b.Relations.Count + b.Committees.Count);

        var first = await TimeAsync(store, batches, cancellationToken);
        var again = await TimeAsync(store, batches, cancellationToken);
        var stats = await store.GetStatsAsync(cancellationToken);
        if (stats.Documents != Documents || first.Added != Documents || again.Unchanged != Documents)
        {
            throw new InvalidOperationException($"unexpected store state: {stats.Documents} documents, first load added {first.Added}, re-run unchanged {again.Unchanged}");
        }

        var c = CultureInfo.InvariantCulture;
        return new BenchSection(Name, string.Create(c, $"""
            Server: Neo4j {server.Version} ({server.Protocol} at {server.Endpoint}). {rows:N0} rows ({Documents:N0} documents with 2 editions each, {stats.Relations:N0} relations, {stats.Committees:N0} committees) in {batches.Count} transactions of {BatchDocuments:N0} documents.

            | run | time | rows/s |
            |---|---:|---:|
            | first load | {first.Elapsed.TotalSeconds:0.0} s | {rows / first.Elapsed.TotalSeconds:N0} |
            | unchanged re-run | {again.Elapsed.TotalSeconds:0.0} s | {rows / again.Elapsed.TotalSeconds:N0} |

            """));
    }

    private static async Task<(int Added, int Unchanged, TimeSpan Elapsed)> TimeAsync(Neo4jGraphStore store, List<GraphBatch> batches, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var report = UpsertReport.Empty;
        foreach (var batch in batches)
        {
            report = report.Plus(await store.UpsertAsync(batch, new ChangeContext("bench", "bench", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)), cancellationToken));
        }

        return (report.Added, report.Unchanged, clock.Elapsed);
    }

    private static async Task WipeAsync(Neo4jGraphStore store, CancellationToken cancellationToken)
    {
        // Benchmark-only, so not in CypherStatements (which lists what the product sends). Batched to spare the heap.
        const string DeleteSome = "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted";
        while ((await store.Client.RunAsync(new CypherStatement(DeleteSome), cancellationToken)).SingleLong("deleted") > 0)
        {
        }
    }

    private static IEnumerable<Document> Generate()
    {
        for (var i = 0; i < Documents; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"ISO {10_000 + i}");
            var committee = string.Create(CultureInfo.InvariantCulture, $"ISO/TC {200 + (i % 50)}") + (i % 3 == 0 ? string.Create(CultureInfo.InvariantCulture, $"/WG {i % 7}") : string.Empty);
            yield return DocumentEditions.Create(key, "ISO", DocumentKind.Standard,
            [
                Edition($"{key}:2024", $"Generated standard number {i} — part {i % 5}", "60.60", "2024-05", committee),
                Edition($"{key}:2019", $"Generated standard number {i}", "95.99", "2019-02", committee),
            ]);
        }
    }

    private static Edition Edition(string id, string title, string stage, string published, string committee) => new()
    {
        Id = id,
        Title = title,
        Lifecycle = IsoStages.Map(stage),
        Published = PartialDate.Parse(published),
        CommitteeKey = committee,
        SourceId = "bench:" + id,
    };

    private static GraphBatch ToBatch(Document[] documents) => new()
    {
        Documents = documents,
        Committees = documents.Select(d => d.CommitteeKey!).Distinct(StringComparer.Ordinal)
            .Select(k => new Committee { Key = k, Body = "ISO", ParentKey = CommitteeKeys.ParentOf(k) }).ToList(),
        Relations = documents.SelectMany(d =>
        {
            var n = int.Parse(d.Key[4..], CultureInfo.InvariantCulture);
            return new[]
            {
                new DocumentRelation(d.Key, RelationType.NormativeReference, string.Create(CultureInfo.InvariantCulture, $"ISO {10_000 + ((n * 7) % Documents)}")) { Source = "bench" },
                // One in ten points at a document that is never imported: a dangling reference.
                new DocumentRelation(d.Key, n % 10 == 0 ? RelationType.AdoptedFrom : RelationType.Replaces, n % 10 == 0 ? string.Create(CultureInfo.InvariantCulture, $"EN {n}") : string.Create(CultureInfo.InvariantCulture, $"ISO {9_000 + n}")),
            };
        }).ToList(),
    };
}
