using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Threading.Channels;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;
using Roadmap.Graph.Embedded;
using Roadmap.Ingest;
using Roadmap.Ingest.Catalogue;
using Roadmap.Ingest.IsoOpenData;
using Roadmap.Search;
using Roadmap.Search.Maintenance;
using Directory = System.IO.Directory;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Roadmap.Bench;

/// <summary>
/// Ingest of the whole shared corpus into a fresh embedded store and its search index, against a floor: the same
/// lines bulk-inserted into a bare SQLite table in one transaction (no parsing, no merging, no history, no index).
/// </summary>
internal sealed class IngestBenchmark : IBenchmark
{
    public string Name => "Ingest: shared corpus into the embedded store and the search index";

    public async Task<BenchSection> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var feeds = new List<(string File, IRecordMapper Mapper)> { (Path.Combine(options.SharedSdo, "iso", "iso_deliverables_metadata.jsonl.gz"), new IsoOpenDataMapper()) };
        feeds.AddRange(Directory.GetFiles(Path.Combine(options.SharedSdo, "catalogue"), "*.jsonl.gz").Order(StringComparer.Ordinal).Select(f => (f, (IRecordMapper)new CatalogueMapper())));

        var folder = Path.Combine(options.WorkFolder, "ingest-" + Guid.NewGuid().ToString("N"));
        var directory = DataDirectory.OpenOrCreate(folder);
        var rows = new StringBuilder("| feed | lines | added | rejected | skipped | seconds | lines/s |\n|---|---:|---:|---:|---:|---:|---:|\n");
        long totalLines = 0;
        var peak = 0L;
        double importSeconds, indexSeconds;
        var indexed = 0;
        await using (var store = SqliteGraphStore.Open(directory))
        {
            await store.InitializeAsync(cancellationToken);
            var importer = new Importer(store, TimeProvider.System);
            var import = Stopwatch.StartNew();
            foreach (var (file, mapper) in feeds)
            {
                await using var input = File.OpenRead(file);
                var report = await importer.ImportAsync(input, file, mapper, null, cancellationToken);
                totalLines += report.Lines;
                peak = Math.Max(peak, Environment.WorkingSet);
                rows.Append(CultureInfo.InvariantCulture, $"| {Path.GetFileName(file)} | {report.Lines:N0} | {report.Added:N0} | {report.Rejected:N0} | {report.Skipped:N0} | {report.Elapsed.TotalSeconds:F1} | {report.Lines / report.Elapsed.TotalSeconds:N0} |\n");
            }

            importSeconds = import.Elapsed.TotalSeconds;

            // As `roadmap import` does after writing: the search index built from the store.
            var index = Stopwatch.StartNew();
            using (var search = DocumentIndex.OpenOrRecreate(directory.IndexPath, out _))
            {
                indexed = (await new IndexMaintenance(store, search).SyncAsync(forceFull: true, cancellationToken)).Indexed;
            }

            indexSeconds = index.Elapsed.TotalSeconds;
            peak = Math.Max(peak, Environment.WorkingSet);

            // Not part of the ingest figure: a second import of an unchanged feed, which must change nothing.
            var second = Stopwatch.StartNew();
            await using (var input = File.OpenRead(feeds[0].File))
            {
                var again = await importer.ImportAsync(input, feeds[0].File, feeds[0].Mapper, null, cancellationToken);
                rows.Append(CultureInfo.InvariantCulture, $"| re-import of {Path.GetFileName(feeds[0].File)} (no changes: {again.Added} added, {again.Changed} changed; not in the total) | {again.Lines:N0} | | | | {second.Elapsed.TotalSeconds:F1} | {again.Lines / second.Elapsed.TotalSeconds:N0} |\n");
            }
        }

        var ingestSeconds = importSeconds + indexSeconds;
        var parseSeconds = await ParseOnlyAsync(feeds, cancellationToken);
        var floorSeconds = await BareSqliteFloorAsync(feeds.Select(f => f.File), Path.Combine(options.WorkFolder, "floor-" + Guid.NewGuid().ToString("N") + ".db"), cancellationToken);
        var luceneFloorSeconds = await BareLuceneFloorAsync(feeds.Select(f => f.File), Path.Combine(options.WorkFolder, "lucene-floor-" + Guid.NewGuid().ToString("N")), 1, cancellationToken);
        var luceneFloorBothCoresSeconds = await BareLuceneFloorAsync(feeds.Select(f => f.File), Path.Combine(options.WorkFolder, "lucene-floor-" + Guid.NewGuid().ToString("N")), Environment.ProcessorCount, cancellationToken);
        Directory.Delete(folder, recursive: true);

        var markdown = new StringBuilder();
        markdown.Append(CultureInfo.InvariantCulture, $"Whole corpus: **{totalLines:N0} lines ingested in {ingestSeconds:F1} s** (target ≤ 30 s): ");
        markdown.Append(CultureInfo.InvariantCulture, $"import {importSeconds:F1} s (parse + designation normalisation + merge + history, batches of {new ImportOptions().BatchSize}) ");
        markdown.Append(CultureInfo.InvariantCulture, $"and search index {indexSeconds:F1} s ({indexed:N0} documents, built from the store and merged to one segment, as `roadmap import` does). ");
        markdown.Append(CultureInfo.InvariantCulture, $"Bare SQLite floor {floorSeconds:F1} s (the same lines, one table, one transaction, no parsing): ");
        markdown.Append(CultureInfo.InvariantCulture, $"ingest **{ingestSeconds / floorSeconds:F1}× the floor**, import alone {importSeconds / floorSeconds:F1}× (target ≤ 3×). ");
        markdown.Append(CultureInfo.InvariantCulture, $"Reading and mapping every line without storing it takes {parseSeconds:F1} s ({parseSeconds / floorSeconds:F1}× the floor). ");
        markdown.Append(CultureInfo.InvariantCulture, $"A bare Lucene.Net index of the same lines (each whole line one analysed field, standard analyser, nothing stored, no merge) takes {luceneFloorSeconds:F1} s: {luceneFloorSeconds / floorSeconds:F1}× the SQLite floor on its own; the search index above is {indexSeconds / luceneFloorSeconds:F1}× that. ");
        markdown.Append(CultureInfo.InvariantCulture, $"Indexed by {Environment.ProcessorCount} threads (every core) it takes {luceneFloorBothCoresSeconds:F1} s ({luceneFloorBothCoresSeconds / floorSeconds:F1}× the SQLite floor), with no core left for storing. ");
        markdown.Append(CultureInfo.InvariantCulture, $"Peak working set {peak / (1024 * 1024):N0} MiB.\n\n");
        markdown.Append(rows);
        return new BenchSection(Name, markdown.ToString());
    }

    // The importer's own first step, timed alone: decompress, split lines, map each to its record; nothing is stored.
    private static async Task<double> ParseOnlyAsync(IReadOnlyList<(string File, IRecordMapper Mapper)> feeds, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var mapped = 0;
        foreach (var (file, mapper) in feeds)
        {
            var context = new ImportContext(file, DateTimeOffset.UnixEpoch);
            await using var input = File.OpenRead(file);
            await foreach (var line in LineSource.ReadAsync(input, cancellationToken))
            {
                if (!string.IsNullOrWhiteSpace(line.Text) && mapper.Map(line.Text, context).Document is not null)
                {
                    mapped++;
                }
            }
        }

        return mapped > 0 ? stopwatch.Elapsed.TotalSeconds : throw new InvalidOperationException("No line mapped to a document.");
    }

    // The index's own floor: the same lines through Lucene.Net with the least an index can do. The lines are read and
    // decompressed on this thread and indexed by as many threads as asked, all into one writer.
    private static async Task<double> BareLuceneFloorAsync(IEnumerable<string> files, string path, int threads, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using (var directory = FSDirectory.Open(path))
        using (var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 128 }))
        {
            var chunks = Channel.CreateBounded<List<string>>(4);
            var indexers = Enumerable.Range(0, threads).Select(_ => Task.Run(
                async () =>
                {
                    var field = new TextField("line", string.Empty, Field.Store.NO);
                    var document = new LuceneDocument { field };
                    await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
                    {
                        foreach (var text in chunk)
                        {
                            field.SetStringValue(text);
                            writer.AddDocument(document);
                        }
                    }
                },
                cancellationToken)).ToList();
            try
            {
                foreach (var file in files)
                {
                    await using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                    using var reader = new StreamReader(gzip);
                    var chunk = new List<string>(1000);
                    while (await reader.ReadLineAsync(cancellationToken) is { } text)
                    {
                        chunk.Add(text);
                        if (chunk.Count == 1000)
                        {
                            await chunks.Writer.WriteAsync(chunk, cancellationToken);
                            chunk = new List<string>(1000);
                        }
                    }

                    await chunks.Writer.WriteAsync(chunk, cancellationToken);
                }
            }
            finally
            {
                chunks.Writer.Complete();
                await Task.WhenAll(indexers);
            }

            writer.Commit();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        Directory.Delete(path, recursive: true);
        return seconds;
    }

    private static async Task<double> BareSqliteFloorAsync(IEnumerable<string> files, string path, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(cancellationToken);
            await using var setup = connection.CreateCommand();
            setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE rows (id INTEGER PRIMARY KEY, line TEXT NOT NULL);";
            await setup.ExecuteNonQueryAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO rows (line) VALUES ($line);";
            var line = insert.Parameters.Add("$line", SqliteType.Text);
            foreach (var file in files)
            {
                await using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                using var reader = new StreamReader(gzip);
                while (await reader.ReadLineAsync(cancellationToken) is { } text)
                {
                    line.Value = text;
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return seconds;
    }
}
