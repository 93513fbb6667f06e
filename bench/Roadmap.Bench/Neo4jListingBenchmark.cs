using System.Diagnostics;
using System.Globalization;
using System.Text;
using Roadmap.Core.Graph;
using Roadmap.Core.Lifecycle;
using Roadmap.Graph.Neo4j;

namespace Roadmap.Bench;

/// <summary>
/// Listing pages and <c>stats</c> on a Neo4j that already holds a corpus (<c>roadmap migrate --to neo4j</c>): the first
/// pages and a cursor walk per sort, the common filters, and stats, each timed 20 times after a warm-up. Reads only; needs
/// <c>ROADMAP_NEO4J_URL</c>. Run it before the upsert benchmark, which wipes that database.
/// </summary>
internal sealed class Neo4jListingBenchmark : IBenchmark
{
    private const int Repeats = 20;
    private const int PageSize = 100;

    public string Name => "Neo4j: listing pages and stats";

    public async Task<BenchSection> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable("ROADMAP_NEO4J_URL") is not { Length: > 0 } url)
        {
            return new BenchSection(Name, "Not run: set `ROADMAP_NEO4J_URL` to a Neo4j holding a migrated corpus.\n");
        }

        await using var store = new Neo4jGraphStore(new Neo4jOptions
        {
            Url = new Uri(url),
            User = Environment.GetEnvironmentVariable("ROADMAP_NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("ROADMAP_NEO4J_PASSWORD"),
        });
        var init = Stopwatch.StartNew();
        await store.InitializeAsync(cancellationToken);
        var initialized = init.Elapsed;
        var server = await store.Client.ConnectAsync(cancellationToken);
        var stats = await store.GetStatsAsync(cancellationToken);
        if (stats.Documents < 1000)
        {
            return new BenchSection(Name, $"Not run: the Neo4j at {url} holds {stats.Documents} documents; migrate a corpus into it first.\n");
        }

        var committee = stats.ByCommittee.Keys.First();
        var cases = new List<(string Name, Func<Task> Run)>
        {
            ("stats", () => store.GetStatsAsync(cancellationToken)),
        };
        foreach (var sort in Enum.GetValues<DocumentSort>())
        {
            foreach (var descending in new[] { false, true })
            {
                var query = new DocumentQuery { First = PageSize, Sort = sort, Descending = descending };
                cases.Add(($"first page, by {sort}{(descending ? " desc" : string.Empty)}", () => store.ListDocumentsAsync(query, cancellationToken)));
            }
        }

        var middle = await store.ListDocumentsAsync(new DocumentQuery { First = DocumentQuery.MaxPageSize }, cancellationToken);
        var deep = middle.EndCursor;
        cases.Add(("page after a cursor (1 000 in), by Key", () => store.ListDocumentsAsync(new DocumentQuery { First = PageSize, After = deep }, cancellationToken)));
        cases.Add(("body = ISO", () => store.ListDocumentsAsync(new DocumentQuery { First = PageSize, Body = "ISO" }, cancellationToken)));
        cases.Add(("stage = Published", () => store.ListDocumentsAsync(new DocumentQuery { First = PageSize, Stages = [LifecycleStage.Published] }, cancellationToken)));
        cases.Add(("stage = Withdrawn, by Title", () => store.ListDocumentsAsync(new DocumentQuery { First = PageSize, Stages = [LifecycleStage.Withdrawn], Sort = DocumentSort.Title }, cancellationToken)));
        cases.Add(($"committee = {committee} (+ below)", () => store.ListDocumentsAsync(new DocumentQuery { First = PageSize, Committee = committee }, cancellationToken)));
        cases.Add(("text = \"security\"", () => store.ListDocumentsAsync(new DocumentQuery { First = PageSize, Text = "security" }, cancellationToken)));

        var walk = await WalkAsync(store, cancellationToken);
        var c = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine("| query | median | p95 |").AppendLine("|---|---:|---:|");
        foreach (var (name, run) in cases)
        {
            await run(); // warm-up: fences sampled, totals counted once per filter set
            var times = new List<double>();
            for (var i = 0; i < Repeats; i++)
            {
                var clock = Stopwatch.StartNew();
                await run();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            table.AppendLine(c, $"| {name} | {times[times.Count / 2]:0.0} ms | {times[(int)Math.Ceiling(times.Count * 0.95) - 1]:0.0} ms |");
        }

        return new BenchSection(Name, string.Create(c, $"""
            Server: Neo4j {server.Version} ({server.Protocol} at {server.Endpoint}), {stats.Documents:N0} documents, {stats.Committees:N0} committees, {stats.Relations:N0} relations. Pages of {PageSize}; each query run once to warm up, then {Repeats} times (median, p95). Opening the store (schema check; the first open after upgrading also migrates to schema 2, counting the stats once) took {initialized.TotalSeconds:0.0} s.

            {table}
            A whole walk by key, {PageSize} a page: {walk.Pages:N0} pages in {walk.Elapsed.TotalSeconds:0.0} s ({walk.Elapsed.TotalMilliseconds / walk.Pages:0.0} ms a page).

            """));
    }

    private static async Task<(int Pages, TimeSpan Elapsed)> WalkAsync(Neo4jGraphStore store, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (pages, after) = (0, (string?)null);
        do
        {
            var page = await store.ListDocumentsAsync(new DocumentQuery { First = PageSize, After = after }, cancellationToken);
            (pages, after) = (pages + 1, page.HasNextPage ? page.EndCursor : null);
        }
        while (after is not null);
        return (pages, clock.Elapsed);
    }
}
