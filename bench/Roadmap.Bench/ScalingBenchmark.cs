using System.Diagnostics;
using System.Globalization;
using System.Text;
using Roadmap.Analysis;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Graph.Embedded;
using Roadmap.Search;
using Roadmap.Search.Maintenance;

namespace Roadmap.Bench;

/// <summary>
/// The same ingest (import + index build) and full analysis on 10 %, 30 % and 100 % of the shared corpus (every line
/// whose number modulo 10 is below 1, 3 or 10, in every feed), each in a fresh store, to show how time grows with size.
/// </summary>
internal sealed class ScalingBenchmark : IBenchmark
{
    private static readonly int[] Tenths = [1, 3, 10];

    public string Name => "Scaling: ingest and analysis at 10 %, 30 % and 100 % of the corpus";

    public async Task<BenchSection> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        // The smallest share once untimed first: run alone, the first share otherwise pays for compiling the whole
        // import, index and analysis path, which has nothing to do with its size.
        Console.WriteLine($"warm-up: {await RunShareAsync(options, Tenths[0], cancellationToken)}");
        var runs = new List<ScalingRun>();
        foreach (var tenths in Tenths)
        {
            runs.Add(await RunShareAsync(options, tenths, cancellationToken));
            Console.WriteLine(runs[^1]);
        }

        var whole = runs[^1];
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append("Each share in a fresh store, after an untimed warm-up run of the 10 % share: import of every feed (batches of 2 000) then the search index built from the store (together: ingest), then a full analysis (taxonomy load, classification of every document, coverage, gaps, overlaps, liaisons, persisted). ");
        text.Append("A share of lines holds a larger share of documents (editions of one document merge), so growth is read per document: near-linear growth keeps the µs per document flat while the documents grow.\n\n");
        text.Append("| lines | documents (× of 100 %) | import s | index s | ingest s | ingest µs/document | analysis s | analysis µs/document |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var run in runs)
        {
            text.Append(inv, $"| {run.Tenths * 10} % | {run.Documents:N0} ({(double)run.Documents / whole.Documents:F2}) | {run.Import.TotalSeconds:F1} | {run.Index.TotalSeconds:F1} | **{run.Ingest.TotalSeconds:F1}** | {run.Ingest.TotalMicroseconds / run.Documents:N0} | **{run.Analysis.TotalSeconds:F1}** | {run.Analysis.TotalMicroseconds / run.Documents:N0} |\n");
        }

        return new BenchSection(Name, text.ToString());
    }

    private static async Task<ScalingRun> RunShareAsync(BenchOptions options, int tenths, CancellationToken cancellationToken)
    {
        var share = Path.Combine(options.WorkFolder, $"share-{tenths}0-" + Guid.NewGuid().ToString("N"));
        var files = await CorpusStore.ShareAsync(options, tenths, Path.Combine(share, "feeds"), cancellationToken);
        var run = await MeasureAsync(tenths, files, Path.Combine(share, "data"), cancellationToken);
        SqliteConnectionPools.Clear();
        Directory.Delete(share, recursive: true);
        return run;
    }

    private static async Task<ScalingRun> MeasureAsync(int tenths, IReadOnlyList<string> files, string folder, CancellationToken cancellationToken)
    {
        var import = Stopwatch.StartNew();
        var documents = await CorpusStore.ImportAsync(files, folder, cancellationToken);
        var importTime = import.Elapsed;

        var directory = DataDirectory.OpenOrCreate(folder);
        await using var graph = SqliteGraphStore.Open(directory);
        await graph.InitializeAsync(cancellationToken);
        var indexing = Stopwatch.StartNew();
        using var index = DocumentIndex.OpenOrRecreate(directory.IndexPath, out _);
        await new IndexMaintenance(graph, index).RebuildAsync(cancellationToken);
        var indexTime = indexing.Elapsed;

        await using var analysis = SqliteAnalysisStore.Open(directory);
        await analysis.InitializeAsync(cancellationToken);
        var analysing = Stopwatch.StartNew();
        var engine = new AnalysisEngine(graph, analysis, index, TaxonomyLoader.LoadDefault(index), TimeProvider.System);
        await engine.RunAsync(new AnalysisRequest { Full = true }, cancellationToken);
        return new ScalingRun(tenths, documents, importTime, indexTime, analysing.Elapsed);
    }

    private sealed record ScalingRun(int Tenths, int Documents, TimeSpan Import, TimeSpan Index, TimeSpan Analysis)
    {
        public TimeSpan Ingest => Import + Index;
    }
}
