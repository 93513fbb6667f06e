using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;

namespace Roadmap.Ingest;

/// <summary>
/// Streams a feed through a mapper into the graph, one transaction per batch. Up to <see cref="ImportOptions.HeldDocuments"/>
/// documents are held before writing, so editions listed far apart are folded first. Re-running an import changes
/// nothing; re-running a killed import completes it, because every batch is atomic and every merge idempotent.
/// </summary>
public sealed class Importer(IGraphStore store, TimeProvider time, ImportOptions? options = null)
{
    private readonly ImportOptions _options = options ?? new ImportOptions();

    public async Task<ImportReport> ImportAsync(
        Stream input,
        string origin,
        IRecordMapper mapper,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        var runId = $"{mapper.Source}-{started.ToString("yyyyMMdd'T'HHmmss.fff'Z'", CultureInfo.InvariantCulture)}";
        var run = new CrawlRun { Id = runId, Source = mapper.Source, StartedAt = started };
        await store.SaveCrawlRunAsync(run, cancellationToken);
        try
        {
            return await ImportRunAsync(input, origin, mapper, progress, run, stopwatch, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await RecordFailureAsync(run, ex);
            throw;
        }
    }

    private async Task<ImportReport> ImportRunAsync(
        Stream input,
        string origin,
        IRecordMapper mapper,
        IProgress<ImportProgress>? progress,
        CrawlRun run,
        Stopwatch stopwatch,
        CancellationToken cancellationToken)
    {
        var (started, runId) = (run.StartedAt, run.Id);
        // Committees are merged, not versioned like documents: what the import did to them is read off the store.
        var committeesBefore = await store.ListCommitteesAsync(cancellationToken);
        var committeesNamed = new HashSet<string>(StringComparer.Ordinal);
        var context = new ImportContext(origin, started);
        var changeContext = new ChangeContext(runId, mapper.Source, started);
        var totals = UpsertReport.Empty;
        var held = new BatchBuilder();
        var rejections = new List<LineIssue>();
        var (lines, rejected, skipped) = (0L, 0, 0);
        long? length = input.CanSeek ? input.Length : null;
        // Reading and writing both report progress: reading moves the position, each stored batch the documents written.
        // Only the writes set the count, so a report from the reading side never shows an older one.
        var written = new StrongBox<int>();
        void Report(long? position) => progress?.Report(new ImportProgress(lines, Volatile.Read(ref written.Value), position, length));
        void Stored(int documents)
        {
            Volatile.Write(ref written.Value, documents);
            Report(null);
        }

        // Records wait in memory, up to HeldDocuments documents, so the editions of a document that a feed lists far
        // apart are written once. What waits is then written, batch after batch, while the next records are read and
        // mapped (two cores, two jobs). Batches still commit one at a time and in order, and the write in flight is
        // always awaited, so a failure or a cancel leaves whole batches.
        Task<UpsertReport>? writing = null;
        try
        {
            await foreach (var line in LineSource.ReadAsync(input, cancellationToken))
            {
                lines = line.Number;
                if (lines % _options.BatchSize == 0)
                {
                    Report(Position(input));
                }

                if (string.IsNullOrWhiteSpace(line.Text))
                {
                    continue;
                }

                var record = mapper.Map(line.Text, context);
                if (record.Rejection is not null)
                {
                    rejected++;
                    if (rejections.Count < _options.MaxReportedRejections)
                    {
                        rejections.Add(new LineIssue(line.Number, record.Rejection));
                    }

                    continue;
                }

                if (record.Document is null && record.Committees.Count == 0 && record.Liaisons.Count == 0)
                {
                    skipped++;
                    continue;
                }

                committeesNamed.UnionWith(record.Committees.Select(c => c.Key));
                held.Add(record);
                if (held.Count >= _options.HeldDocuments)
                {
                    if (writing is not null)
                    {
                        totals = totals.Plus(await writing);
                    }

                    var batches = held.Take(_options.BatchSize);
                    var done = totals;
                    writing = Task.Run(() => WriteAsync(batches, done, changeContext, Stored, cancellationToken), cancellationToken);
                }
            }

            if (writing is not null)
            {
                totals = totals.Plus(await writing);
                writing = null;
            }
        }
        finally
        {
            if (writing is not null)
            {
                await Task.WhenAny(writing);
                _ = writing.Exception;
            }
        }

        totals = totals.Plus(await WriteAsync(held.Take(_options.BatchSize), totals, changeContext, Stored, cancellationToken));
        var committees = committeesNamed.Count == 0
            ? CommitteeCounts.None
            : CommitteeCounts.Compare(committeesNamed, committeesBefore, await store.ListCommitteesAsync(cancellationToken));
        Volatile.Write(ref written.Value, totals.Added + totals.Changed + totals.Unchanged);
        Report(length);
        await store.SaveCrawlRunAsync(
            run with
            {
                FinishedAt = time.GetUtcNow(),
                State = rejected > 0 ? CrawlRunState.Degraded : CrawlRunState.Succeeded,
                Added = totals.Added,
                Changed = totals.Changed,
                Unchanged = totals.Unchanged,
                Rejected = rejected,
                Message = rejected > 0 ? $"{rejected} line(s) rejected" : null,
            },
            cancellationToken);

        return new ImportReport
        {
            RunId = runId,
            Source = mapper.Source,
            Lines = lines,
            Added = totals.Added,
            Changed = totals.Changed,
            Unchanged = totals.Unchanged,
            Rejected = rejected,
            Skipped = skipped,
            Committees = committees,
            Rejections = rejections,
            Elapsed = stopwatch.Elapsed,
        };
    }

    /// <summary>
    /// The run is recorded as failed, with why, so it is not left Running for ever; every batch before the failure stays
    /// committed and a re-run of the same import completes it. A full disk may refuse this write too: then the failure
    /// that stopped the import is what the caller sees.
    /// </summary>
    private async Task RecordFailureAsync(CrawlRun run, Exception failure)
    {
        try
        {
            await store.SaveCrawlRunAsync(run with { FinishedAt = time.GetUtcNow(), State = CrawlRunState.Failed, Message = $"import failed: {failure.Message}" }, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or GraphStoreException or InvalidOperationException)
        {
            // Already failing; the original error is rethrown.
        }
    }

    // One batch after another, in order; each reports the documents written so far, this import's earlier ones included.
    private async Task<UpsertReport> WriteAsync(IReadOnlyList<GraphBatch> batches, UpsertReport before, ChangeContext context, Action<int> written, CancellationToken cancellationToken)
    {
        var sum = UpsertReport.Empty;
        foreach (var batch in batches)
        {
            _options.Space?.CheckBeforeBatch();
            sum = sum.Plus(await store.UpsertAsync(batch, context, cancellationToken));
            var total = before.Plus(sum);
            written(total.Added + total.Changed + total.Unchanged);
        }

        return sum;
    }

    private static long? Position(Stream stream)
    {
        try
        {
            return stream.CanSeek ? stream.Position : null;
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }
}
