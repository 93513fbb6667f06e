using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Api;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Ingest;
using Roadmap.Ingest.Catalogue;
using Roadmap.Ingest.IsoOpenData;

namespace Roadmap.Bench;

/// <summary>
/// The GraphQL service under load: the whole shared corpus in a fresh embedded store, the real host on Kestrel at
/// 127.0.0.1, and a .NET closed loop with 16 connections sending document-by-key and search queries.
/// </summary>
internal sealed class ApiLoadBenchmark : IBenchmark
{
    private const int Connections = 16;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    private static readonly string[] SearchTerms =
    [
        "blockchain", "distributed ledger", "information security", "smart contracts", "quality management", "cloud computing",
        "privacy", "5G", "artificial intelligence", "identity management", "IoT security", "energy efficiency", "video coding",
        "web accessibility", "ISO 27001", "X.509", "digital signature", "interoperability", "machine learning", "cybersecurity",
    ];

    public string Name => "API: GraphQL over HTTP under load (16 connections)";

    public async Task<BenchSection> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(options.WorkFolder, "api-" + Guid.NewGuid().ToString("N"));
        var loaded = await ImportAsync(options, folder, cancellationToken);
        await using var app = RoadmapServer.Build([], new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Roadmap:Data"] = folder,
            ["Roadmap:Api:AnonymousRead"] = "true",
            ["Roadmap:Api:RateLimit:Enabled"] = "false",
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var indexing = Stopwatch.StartNew();
        await WaitUntilReadyAsync(address, cancellationToken);
        var indexSeconds = indexing.Elapsed.TotalSeconds;

        var (keys, phrases) = await SampleAsync(app.Services.GetRequiredService<IGraphStore>(), cancellationToken);
        var loop = new LoadLoop(address, Connections);
        var byKey = await loop.RunAsync("document by key", i => Body(
            "query($k: ID) { document(key: $k) { key designation title published lifecycle { stage code } committee { key title } } }", new { k = keys[i % keys.Count] }),
            Warmup, Duration, cancellationToken);
        const string SearchQuery = "query($t: String) { search(text: $t, first: 10) { total hits { key designation titleHtml scopeSnippetHtml } } }";
        var coldSearch = await loop.RunAsync($"search, {phrases.Count:N0} distinct title phrases (uncached)", i => Body(SearchQuery, new { t = phrases[i % phrases.Count] }), Warmup, Duration, cancellationToken);
        var search = await loop.RunAsync($"search, {SearchTerms.Length} analyst phrases repeated (result cache)", i => Body(SearchQuery, new { t = SearchTerms[i % SearchTerms.Length] }), Warmup, Duration, cancellationToken);
        await app.StopAsync(cancellationToken);
        SqliteConnectionPools.Clear();
        Directory.Delete(folder, recursive: true);

        var markdown = new StringBuilder();
        markdown.Append(CultureInfo.InvariantCulture, $"{loaded:N0} documents imported from the shared corpus; the host started on Kestrel at {address} and indexed them in {indexSeconds:F1} s. ");
        markdown.Append(CultureInfo.InvariantCulture, $"Load: a .NET closed loop, {Connections} connections (client and server on the same machine), {Warmup.TotalSeconds:F0} s warm-up then {Duration.TotalSeconds:F0} s measured per scenario; anonymous read; ");
        markdown.Append(CultureInfo.InvariantCulture, $"{keys.Count:N0} sampled document keys. Search results are cached per index generation (`SearchResultCache`), so the uncached row is the Lucene engine's own rate and the repeated row the service's. An error is a non-2xx answer or a body with `errors`.\n\n");
        markdown.Append("| scenario | requests | req/s | target | p50 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
        markdown.Append(byKey.Row(3000)).Append(coldSearch.Row(500)).Append(search.Row(500));
        foreach (var failed in new[] { byKey, coldSearch, search }.Where(r => r.FirstError is not null))
        {
            markdown.Append(CultureInfo.InvariantCulture, $"\nFirst error ({failed.Name}): `{failed.FirstError}`\n");
        }

        return new BenchSection(Name, markdown.ToString());
    }

    private static async Task<int> ImportAsync(BenchOptions options, string folder, CancellationToken cancellationToken)
    {
        var feeds = new List<(string File, IRecordMapper Mapper)> { (Path.Combine(options.SharedSdo, "iso", "iso_deliverables_metadata.jsonl.gz"), new IsoOpenDataMapper()) };
        feeds.AddRange(Directory.GetFiles(Path.Combine(options.SharedSdo, "catalogue"), "*.jsonl.gz").Order(StringComparer.Ordinal).Select(f => (f, (IRecordMapper)new CatalogueMapper())));
        await using var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(folder));
        await store.InitializeAsync(cancellationToken);
        var importer = new Importer(store, TimeProvider.System);
        foreach (var (file, mapper) in feeds)
        {
            await using var input = File.OpenRead(file);
            await importer.ImportAsync(input, file, mapper, null, cancellationToken);
        }

        return (await store.GetStatsAsync(cancellationToken)).Documents;
    }

    private static async Task WaitUntilReadyAsync(Uri address, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = address };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(10))
        {
            using var response = await client.GetAsync("/readyz", cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException("the service did not become ready (search index) within 10 minutes");
    }

    internal static async Task<(List<string> Keys, List<string> Phrases)> SampleAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var documents = new List<(string Key, string Title)>();
        string? after = null;
        do
        {
            var page = await store.ListDocumentsAsync(new DocumentQuery { First = 1000, After = after }, cancellationToken);
            documents.AddRange(page.Items.Select(d => (d.Key, d.Title)));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        // Every 7th document, so requests spread over the whole store instead of one hot page; two title words as a phrase.
        var sample = documents.Where((_, i) => i % 7 == 0).ToList();
        var phrases = sample
            .Select(d => d.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && w.All(char.IsLetter)).Take(2).ToArray())
            .Where(w => w.Length == 2).Select(w => string.Join(' ', w)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return (sample.Select(d => d.Key).ToList(), phrases);
    }

    internal static string Body(string query, object variables) => JsonSerializer.Serialize(new { query, variables });
}
