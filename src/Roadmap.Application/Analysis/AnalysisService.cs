using Microsoft.Extensions.Logging;
using Roadmap.Analysis;
using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Overlaps;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Application.Pipeline;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;

namespace Roadmap.Application.Analysis;

/// <summary>
/// Analysis runs and their caches, for the service and the CLI alike: runs the engine one run at a time (live runs, "as
/// of" runs, background and on request), keeps the current landscape in memory until something changes it, and caches
/// "as of" results per date. The CLI's verbs live as long as one run, so there the caches just go unused.
/// </summary>
public sealed partial class AnalysisService : IAnalysisRunner, IDisposable
{
    private readonly IGraphStore _graph;
    private readonly IAnalysisStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<AnalysisService> _logger;
    private readonly ITextMatcher _matcher;
    private readonly ITextEmbedder? _embedder;
    private readonly Func<long?> _indexedThrough;
    private readonly PipelineWake _pipeline;
    private readonly SemaphoreSlim _runGate = new(1, 1);
    private readonly SemaphoreSlim _readGate = new(1, 1);
    private readonly AsOfCache _asOf;
    private readonly Lazy<TopicTaxonomy> _taxonomy;
    private volatile CurrentAnalysis? _current;
    private volatile ILookup<string, Overlap>? _overlaps;
    private long _version;
    private bool _decisionsChanged;

    /// <param name="matcher">Answers the classifier's rule queries: the search index.</param>
    /// <param name="indexedThrough">
    /// The last store change the index holds. The index is synced in the background and may not hold the latest writes
    /// yet: a run covers only what it holds.
    /// </param>
    /// <param name="pipeline">Woken when a run or an editor's decision changes documents' topics, so the index re-files them.</param>
    /// <param name="embedder">
    /// Sentence embeddings for the overlaps' semantic similarity, used unless <see cref="AnalysisOptions.Semantic"/> is off;
    /// without one overlaps compare words only.
    /// </param>
    public AnalysisService(IGraphStore graph, IAnalysisStore store, ITextMatcher matcher, Func<long?> indexedThrough, AnalysisOptions options, TimeProvider time, ILogger<AnalysisService> logger, PipelineWake pipeline, ITextEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _embedder = options.Semantic ? embedder : null;
        (_graph, _store, _matcher, _indexedThrough, _time, _logger, _pipeline) = (graph, store, matcher, indexedThrough, time, logger, pipeline);
        _asOf = new AsOfCache(options.AsOfCacheEntries);
        var file = options.Taxonomy;
        _taxonomy = new Lazy<TopicTaxonomy>(() => file is null ? TaxonomyLoader.LoadDefault(_matcher) : TaxonomyLoader.LoadFile(file, _matcher));
    }

    public TopicTaxonomy Taxonomy => _taxonomy.Value;

    public IAnalysisStore Store => _store;

    /// <summary>Every document the taxonomy's DLT context finds (its context queries and committees), whatever its topics.</summary>
    public IReadOnlyList<string> ContextKeys() =>
        new Classifier(Taxonomy, _matcher).ContextQuery() is { } query ? [.. _matcher.Match(query).Select(m => m.Key)] : [];

    /// <summary>Runs the analysis of the current landscape (incremental unless <paramref name="full"/>); waits for a run under way.</summary>
    public Task<AnalysisResult> RunAsync(bool full, CancellationToken cancellationToken) =>
        RunAsync(new AnalysisRequest { Full = full, MatcherChangesThrough = IndexedThrough }, cancellationToken);

    async Task<AnalysisRun> IAnalysisRunner.RunAsync(bool full, long? matcherThrough, CancellationToken cancellationToken) =>
        (await RunAsync(new AnalysisRequest { Full = full, MatcherChangesThrough = matcherThrough }, cancellationToken)).Run;

    public Task<AnalysisRun?> LiveRunAsync(CancellationToken cancellationToken) => _store.GetLiveRunAsync(cancellationToken);

    /// <summary>
    /// A decision since the live run started, or one cleared since (a clear leaves no dated record, so it is remembered
    /// here until the next live run starts).
    /// </summary>
    public async Task<bool> DecisionsPendingAsync(AnalysisRun live, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(live);
        return Volatile.Read(ref _decisionsChanged) || (await _store.GetDecisionsAsync(cancellationToken)).Any(d => d.At > live.StartedAt);
    }

    /// <summary>The last live run and what it has not taken in yet (graph changes, editors' decisions).</summary>
    public async Task<AnalysisStatus> StatusAsync(CancellationToken cancellationToken)
    {
        var live = await _store.GetLiveRunAsync(cancellationToken);
        var last = await _graph.GetLastChangeSeqAsync(cancellationToken);
        return live is null
            ? new AnalysisStatus(null, last, (await _store.GetDecisionsAsync(cancellationToken)).Count > 0)
            : new AnalysisStatus(live, Math.Max(0, last - (live.ChangesThroughSeq ?? 0)), await DecisionsPendingAsync(live, cancellationToken));
    }

    /// <summary>An editor pinned, rejected or cleared a topic: the in-memory landscape goes, and the pipeline re-runs the analysis.</summary>
    public void DecisionsChanged()
    {
        Volatile.Write(ref _decisionsChanged, true);
        TopicsChanged();
    }

    /// <summary>
    /// Runs the analysis a caller describes (the CLI's <c>analyze</c>: live or as of a date) and waits for a run under way.
    /// A live run changes documents' topics: what is kept in memory goes and the pipeline re-files them.
    /// </summary>
    public async Task<AnalysisResult> RunAsync(AnalysisRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _runGate.WaitAsync(cancellationToken);
        try
        {
            if (request.AsOf is null)
            {
                // Cleared before the run reads the decisions: one made during the run sets it again for the next pass.
                Volatile.Write(ref _decisionsChanged, false);
            }

            var result = await Engine().RunAsync(request, cancellationToken);
            if (request.AsOf is null)
            {
                TopicsChanged();
            }

            LogRan(_logger, result.Run.Id, result.Run.Mode, request.AsOf, result.Run.Classified, result.Run.OpenGaps, result.Elapsed.TotalMilliseconds);
            if (request.AsOf is null)
            {
                // As roadmap analyze does: a mandate that names no committee is reported, the run still stands.
                foreach (var problem in TaxonomyOwners.Unresolved(Taxonomy, await _graph.ListCommitteesAsync(cancellationToken)))
                {
                    LogUnresolvedOwner(_logger, problem);
                }
            }

            return result;
        }
        finally
        {
            _runGate.Release();
        }
    }

    /// <summary>
    /// The landscape of a past (or future) date: an "as of" run kept in memory (at most <see cref="AnalysisOptions.AsOfCacheEntries"/>
    /// dates, least recently used first out), never recorded in the store.
    /// </summary>
    public async Task<CurrentAnalysis> AsOfAsync(DateOnly date, CancellationToken cancellationToken)
    {
        if (_asOf.TryGet(date, out var cached))
        {
            return cached;
        }

        await _runGate.WaitAsync(cancellationToken);
        try
        {
            if (_asOf.TryGet(date, out cached))
            {
                return cached;
            }

            // Not recorded: readers choose the dates, so one stored run per date would grow the database without limit
            // (and each stored run moves the incremental mark). The bounded cache keeps the answers instead.
            var result = await Engine().RunAsync(new AnalysisRequest { AsOf = date, MatcherChangesThrough = IndexedThrough, Record = false }, cancellationToken);
            var snapshot = new AnalysisSnapshot { RunId = result.Run.Id, Coverage = result.Coverage, Liaisons = result.Liaisons, InternalCoordination = result.InternalCoordination, Gaps = result.Gaps };
            var view = new CurrentAnalysis(result.Run, snapshot, result.Assignments, result.Overlaps);
            _asOf.Set(date, view);
            LogRan(_logger, result.Run.Id, result.Run.Mode, date, result.Run.Classified, result.Run.OpenGaps, result.Elapsed.TotalMilliseconds);
            return view;
        }
        finally
        {
            _runGate.Release();
        }
    }

    /// <summary>The current landscape: the latest live run's snapshot and the classifications with decisions applied.</summary>
    public async Task<CurrentAnalysis> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            return current;
        }

        await _readGate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again)
            {
                return again;
            }

            // A run or decision that ends while this loads invalidates it: then what was read is returned but not kept.
            var version = Interlocked.Read(ref _version);
            var run = await _store.GetLiveRunAsync(cancellationToken);
            var snapshot = run is null ? null : await _store.GetSnapshotAsync(run.Id, cancellationToken);
            var assignments = EditorDecisions.Apply(await _store.GetClassificationsAsync(null, cancellationToken), await _store.GetDecisionsAsync(cancellationToken));
            var loaded = new CurrentAnalysis(run, snapshot, assignments);
            if (Interlocked.Read(ref _version) == version)
            {
                _current = loaded;
            }

            return loaded;
        }
        finally
        {
            _readGate.Release();
        }
    }

    /// <summary>The stored overlaps (known relations included, strongest first) by each of their two documents.</summary>
    public async Task<ILookup<string, Overlap>> OverlapsByDocumentAsync(CancellationToken cancellationToken)
    {
        if (_overlaps is { } cached)
        {
            return cached;
        }

        var version = Interlocked.Read(ref _version);
        var all = await _store.ListOverlapsAsync(0, includeKnown: true, cancellationToken);
        var byKey = all.SelectMany(o => new[] { (Key: o.FirstKey, Overlap: o), (Key: o.SecondKey, Overlap: o) }).ToLookup(x => x.Key, x => x.Overlap, StringComparer.Ordinal);
        if (Interlocked.Read(ref _version) == version)
        {
            _overlaps = byKey;
        }

        return byKey;
    }

    /// <summary>The landscape of <paramref name="asOf"/>, or the current one when null.</summary>
    public Task<CurrentAnalysis> ViewAsync(DateOnly? asOf, CancellationToken cancellationToken) =>
        asOf is { } date ? AsOfAsync(date, cancellationToken) : CurrentAsync(cancellationToken);

    /// <summary>
    /// A live run or an editor's decision changed documents' topics: drop what is kept in memory and wake the change
    /// pipeline, whose index step re-files those documents under their topics (search's topic filter and facet).
    /// </summary>
    public void TopicsChanged()
    {
        Invalidate();
        _pipeline.Soon();
    }

    /// <summary>Drops what is kept in memory: a run or an editor's decision changed the landscape.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        _current = null;
        _overlaps = null;
        _asOf.Clear();
    }

    public void Dispose()
    {
        _runGate.Dispose();
        _readGate.Dispose();
    }

    private long? IndexedThrough => _indexedThrough();

    private AnalysisEngine Engine() => new(_graph, _store, _matcher, Taxonomy, _time, _embedder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Taxonomy {Problem}")]
    private static partial void LogUnresolvedOwner(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Analysis {RunId} ({Mode}, as of {AsOf}): {Classified} classified, {OpenGaps} open gaps in {ElapsedMs:F0} ms")]
    private static partial void LogRan(ILogger logger, string runId, AnalysisMode mode, DateOnly? asOf, int classified, int openGaps, double elapsedMs);
}
