using System.Diagnostics;
using System.Globalization;
using System.Text;
using Roadmap.Analysis;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Core.Lifecycle;
using Roadmap.Graph.Embedded;
using Roadmap.Ingest;
using Roadmap.Ingest.Catalogue;
using Roadmap.Ingest.IsoOpenData;
using Roadmap.Search;
using Roadmap.Search.Maintenance;

namespace Roadmap.Bench;

/// <summary>
/// The analysis on the whole shared corpus, as the CLI runs it: a store with every record imported and its search index
/// built (set-up, timed apart), then a full analysis, then an incremental one after a small crawl-like change.
/// </summary>
internal sealed class AnalysisBenchmark : IBenchmark
{
    public string Name => "Analysis: whole shared corpus, full and incremental";

    public async Task<BenchSection> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(options.WorkFolder, "analysis-" + Guid.NewGuid().ToString("N"));
        var directory = DataDirectory.OpenOrCreate(folder);
        var setup = Stopwatch.StartNew();
        await using var graph = SqliteGraphStore.Open(directory);
        await graph.InitializeAsync(cancellationToken);
        var importer = new Importer(graph, TimeProvider.System);
        foreach (var file in CorpusReader.SharedCorpusFiles(options.SharedSdo))
        {
            IRecordMapper mapper = Path.GetFileName(file).StartsWith("iso_", StringComparison.Ordinal) ? new IsoOpenDataMapper() : new CatalogueMapper();
            await using var input = File.OpenRead(file);
            await importer.ImportAsync(input, file, mapper, null, cancellationToken);
        }

        var importSeconds = setup.Elapsed.TotalSeconds;
        using var index = DocumentIndex.OpenOrRecreate(directory.IndexPath, out _);
        var maintenance = new IndexMaintenance(graph, index);
        var indexReport = await maintenance.RebuildAsync(cancellationToken);
        await using var analysis = SqliteAnalysisStore.Open(directory);
        await analysis.InitializeAsync(cancellationToken);

        var full = Stopwatch.StartNew();
        var taxonomy = TaxonomyLoader.LoadDefault(index);
        var engine = new AnalysisEngine(graph, analysis, index, taxonomy, TimeProvider.System);
        var first = await engine.RunAsync(new AnalysisRequest { Full = true }, cancellationToken);
        var fullSeconds = full.Elapsed.TotalSeconds;

        // A small crawl: one new work item on an open topic, one changed title; the index syncs incrementally first.
        var change = Stopwatch.StartNew();
        var added = DocumentEditions.Create("ISO/AWI 99999", "ISO", DocumentKind.Standard,
        [
            new Edition { Id = "ISO/AWI 99999", Title = "Blockchain and distributed ledger technologies — Post-quantum cryptography migration", Lifecycle = IsoStages.Map("20.00"), CommitteeKey = "ISO/TC 307" },
        ]);
        var existing = await graph.GetDocumentAsync("ITU-T X.1401", cancellationToken) ?? throw new InvalidOperationException("X.1401 missing from the corpus");
        var changed = existing with { Editions = [.. existing.Editions.Select((e, i) => i == 0 ? e with { Title = e.Title + " (revised)" } : e)] };
        await graph.UpsertAsync(new GraphBatch { Documents = [added, changed] }, new ChangeContext("bench-crawl", "bench", TimeProvider.System.GetUtcNow()), cancellationToken);
        var sync = await maintenance.SyncAsync(forceFull: false, cancellationToken);
        var syncSeconds = change.Elapsed.TotalSeconds;
        var incremental = Stopwatch.StartNew();
        var second = await engine.RunAsync(new AnalysisRequest(), cancellationToken);
        var incrementalSeconds = incremental.Elapsed.TotalSeconds;

        SqliteConnectionPools.Clear();
        Directory.Delete(folder, recursive: true);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(inv, $"Store: {indexReport.Indexed:N0} documents (import {importSeconds:F1} s and index build {indexReport.Elapsed.TotalSeconds:F1} s are set-up, not analysis).\n\n");
        text.Append("| run | mode | documents classified | in scope | open gaps | overlaps | seconds | target |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        text.Append(inv, $"| full analysis (taxonomy load + classify every document + coverage, gaps, overlaps, liaisons + persist) | {first.Run.Mode} | {first.Run.Classified:N0} | {first.Run.InScope:N0} | {first.Run.OpenGaps} | {first.Run.Overlaps} | **{fullSeconds:F1}** | ≤ 60 |\n");
        text.Append(inv, $"| incremental after a crawl of 2 documents (index sync {syncSeconds:F2} s, {sync.Indexed} indexed, not included) | {second.Run.Mode} | {second.Run.Classified:N0} | {second.Run.InScope:N0} | {second.Run.OpenGaps} | {second.Run.Overlaps} | **{incrementalSeconds:F1}** | ≤ 5 |\n");
        return new BenchSection(Name, text.ToString());
    }
}
