using System.Diagnostics;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using static Roadmap.TestKit.Builders;

namespace Roadmap.Graph.Neo4j.Tests.Bench;

/// <summary>
/// A throughput figure, not a unit test: runs only with <c>ROADMAP_NEO4J_BENCH=1</c> and a server at <c>ROADMAP_NEO4J_URL</c>.
/// Upserts 10 000 generated documents with relations in import-sized batches and prints rows per second.
/// </summary>
[Collection(Neo4jServer.Collection)]
public sealed class UpsertThroughputTests
{
    private const int Documents = 10_000;
    private const int BatchDocuments = 2_000;

    [Fact]
    public async Task Upsert10000DocumentsWithRelations()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("ROADMAP_NEO4J_BENCH") == "1", "A benchmark: set ROADMAP_NEO4J_BENCH=1 (and ROADMAP_NEO4J_URL) to run it.");
        var ct = TestContext.Current.CancellationToken;
        await using var store = new Neo4jGraphStore(Neo4jServer.Require());
        await store.InitializeAsync(ct);
        await Neo4jServer.WipeAsync(store, ct);
        var batches = Generate().Chunk(BatchDocuments).Select(ToBatch).ToList();
        var rows = batches.Sum(b => b.Documents.Count + b.Relations.Count + b.Committees.Count);

        var first = await TimeAsync(store, batches, ct);
        var again = await TimeAsync(store, batches, ct);

        var stats = await store.GetStatsAsync(ct);
        stats.Documents.ShouldBe(Documents);
        first.Report.Added.ShouldBe(Documents);
        again.Report.Unchanged.ShouldBe(Documents);
        var line = $"neo4j upsert: {rows} rows ({Documents} documents, {stats.Relations} relations, {stats.Committees} committees) in {batches.Count} transactions: " +
            $"first load {first.Elapsed.TotalSeconds:0.0} s = {rows / first.Elapsed.TotalSeconds:0} rows/s; unchanged re-run {again.Elapsed.TotalSeconds:0.0} s = {rows / again.Elapsed.TotalSeconds:0} rows/s";
        TestContext.Current.SendDiagnosticMessage(line);
        Console.WriteLine(line);
    }

    private static async Task<(UpsertReport Report, TimeSpan Elapsed)> TimeAsync(Neo4jGraphStore store, List<GraphBatch> batches, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var report = UpsertReport.Empty;
        foreach (var batch in batches)
        {
            report = report.Plus(await store.UpsertAsync(batch, new ChangeContext("bench", "bench", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)), ct));
        }

        return (report, clock.Elapsed);
    }

    private static IEnumerable<Document> Generate()
    {
        for (var i = 0; i < Documents; i++)
        {
            var key = $"ISO {10_000 + i}";
            var committee = $"ISO/TC {200 + (i % 50)}" + (i % 3 == 0 ? $"/WG {i % 7}" : string.Empty);
            yield return Document(
                key,
                editions:
                [
                    Edition($"{key}:2024", $"Generated standard number {i} — part {i % 5}", "60.60", "2024-05", committee),
                    Edition($"{key}:2019", $"Generated standard number {i}", "95.99", "2019-02", committee),
                ]);
        }
    }

    private static GraphBatch ToBatch(Document[] documents) => new()
    {
        Documents = documents,
        Committees = documents.Select(d => d.CommitteeKey!).Distinct(StringComparer.Ordinal).Select(k => Committee(k)).ToList(),
        Relations = documents.SelectMany(d =>
        {
            var n = int.Parse(d.Key[4..], System.Globalization.CultureInfo.InvariantCulture);
            return new[]
            {
                new DocumentRelation(d.Key, RelationType.NormativeReference, $"ISO {10_000 + ((n * 7) % Documents)}") { Source = "bench" },
                // One in ten points at a document that is never imported: a dangling reference.
                new DocumentRelation(d.Key, n % 10 == 0 ? RelationType.AdoptedFrom : RelationType.Replaces, n % 10 == 0 ? $"EN {n}" : $"ISO {9_000 + n}"),
            };
        }).ToList(),
    };
}
