using System.Diagnostics;
using System.Globalization;
using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Overlaps;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;

namespace Roadmap.Analysis;

/// <summary>
/// Runs the analysis: classify (all documents, or only those the graph changed since the last run), apply editors'
/// decisions, place the classified documents on the analysed date, then compute coverage, gaps, overlaps and liaisons.
/// A live run reconciles the stored gaps and overlaps; an "as of" run only records its snapshot, and only when asked to
/// (<see cref="AnalysisRequest.Record"/>).
/// </summary>
/// <param name="embedder">Sentence embeddings for the overlaps' semantic similarity; without one they compare words only.</param>
public sealed partial class AnalysisEngine(IGraphStore graph, IAnalysisStore store, ITextMatcher matcher, TopicTaxonomy taxonomy, TimeProvider time, ITextEmbedder? embedder = null)
{
    private const int MaxIncrementalChanges = 50_000;

    public async Task<AnalysisResult> RunAsync(AnalysisRequest request, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var started = time.GetUtcNow();
        // Taken before reading: whatever is written meanwhile is at or after it, and the next run picks it up. A document
        // the index has not taken in yet cannot be classified now: its change is left to the next run as well.
        var stats = await graph.GetStatsAsync(cancellationToken);
        var storeThrough = await graph.GetLastChangeSeqAsync(cancellationToken);
        var changesThrough = request.MatcherChangesThrough is { } indexed ? Math.Min(indexed, storeThrough) : storeThrough;
        var runs = await store.ListRunsAsync(1, cancellationToken);
        var last = runs.Count > 0 ? runs[0] : null;
        var (mode, changed) = await ChangedKeysAsync(request, last, changesThrough, cancellationToken);

        var classifier = new Classifier(taxonomy, matcher);
        if (mode == AnalysisMode.Full)
        {
            await store.ReplaceClassificationsAsync(null, classifier.Classify(), cancellationToken);
        }
        else if (changed.Count > 0)
        {
            await store.ReplaceClassificationsAsync(changed, classifier.Classify(changed), cancellationToken);
        }

        var runId = RunId(started, request.AsOf);
        var decisions = await store.GetDecisionsAsync(cancellationToken);
        var assignments = EditorDecisions.Apply(await store.GetClassificationsAsync(null, cancellationToken), decisions);
        var referenceDate = request.AsOf ?? DateOnly.FromDateTime(started.UtcDateTime);
        var findings = await ComputeAsync(request, assignments, decisions, referenceDate, cancellationToken);

        var gaps = findings.Gaps;
        if (request.AsOf is null)
        {
            var reconciled = Gaps.GapReconciler.Reconcile(findings.GapFindings, await store.ListGapsAsync(null, cancellationToken), runId, started);
            await store.SaveGapsAsync(reconciled, cancellationToken);
            await store.ReplaceOverlapsAsync(findings.Overlaps, cancellationToken);
            gaps = await store.ListGapsAsync(null, cancellationToken);
        }

        var run = new AnalysisRun
        {
            Id = runId,
            StartedAt = started,
            FinishedAt = time.GetUtcNow(),
            AsOf = request.AsOf,
            Mode = mode,
            ChangesThrough = stats.LastChangeAt,
            ChangesThroughSeq = changesThrough,
            TaxonomyHash = taxonomy.Hash,
            Classified = mode == AnalysisMode.Full ? matcher.Count : changed.Count,
            InScope = findings.InScope,
            OpenGaps = gaps.Count(g => g.Status == Core.Gaps.GapStatus.Open),
            Overlaps = findings.Overlaps.Count(o => !o.IsKnown),
        };
        if (request.Record || request.AsOf is null)
        {
            await store.SaveRunAsync(run, new AnalysisSnapshot { RunId = runId, Coverage = findings.Coverage, Liaisons = findings.Liaisons.Suggestions, InternalCoordination = findings.Liaisons.InternalCoordination, Gaps = gaps, FoundGapIds = [.. findings.Gaps.Select(g => g.Id)] }, cancellationToken);
        }

        return new AnalysisResult
        {
            Run = run,
            Assignments = assignments,
            Coverage = findings.Coverage,
            Gaps = gaps,
            Overlaps = findings.Overlaps,
            Liaisons = findings.Liaisons.Suggestions,
            InternalCoordination = findings.Liaisons.InternalCoordination,
            Elapsed = stopwatch.Elapsed,
            EmbeddingElapsed = findings.Embedding,
        };
    }

    private async Task<(AnalysisMode Mode, IReadOnlySet<string> Changed)> ChangedKeysAsync(AnalysisRequest request, AnalysisRun? last, long through, CancellationToken cancellationToken)
    {
        if (request.Full || last?.ChangesThroughSeq is not { } mark || last.TaxonomyHash != taxonomy.Hash)
        {
            return (AnalysisMode.Full, new HashSet<string>());
        }

        // Every change numbered up to the last run's mark was classified by it; those after this run's mark wait for the next.
        var changes = through <= mark ? [] : await graph.GetChangesAfterAsync(mark, MaxIncrementalChanges, cancellationToken);
        return changes.Count >= MaxIncrementalChanges
            ? (AnalysisMode.Full, new HashSet<string>())
            : (AnalysisMode.Incremental, changes.Where(c => c.Seq <= through).Select(c => c.DocumentKey).ToHashSet(StringComparer.Ordinal));
    }

    private static string RunId(DateTimeOffset started, DateOnly? asOf) =>
        "run-" + started.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)
        + (asOf is { } date ? "-asof-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty);
}
