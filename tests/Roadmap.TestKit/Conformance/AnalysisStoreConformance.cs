using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;
using Roadmap.Core.Gaps;

namespace Roadmap.TestKit.Conformance;

/// <summary>
/// The behaviour every analysis store must have, written once: a store's test class derives from this and says how to
/// make an empty store. Classifications, decisions, gaps (with history and notes), overlaps and runs.
/// </summary>
public abstract partial class AnalysisStoreConformance : IAsyncLifetime
{
    private IAnalysisStore? _store;

    protected static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    protected IAnalysisStore Store => _store ?? throw new InvalidOperationException("store not created");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty, initialised store.</summary>
    protected abstract Task<IAnalysisStore> CreateStoreAsync();

    /// <summary>
    /// Opens another store object on the database of <see cref="Store"/>, as a second service instance would; the test
    /// disposes it.
    /// </summary>
    protected abstract Task<IAnalysisStore> OpenSecondStoreAsync();

    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    public virtual async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected static TopicAssignment Assignment(string key, string topic, double score = 0.8, params string[] terms) => new()
    {
        DocumentKey = key,
        TopicId = topic,
        Score = score,
        Evidence = [new ClassificationEvidence(EvidenceKind.Rule, topic + "#1", "title:threat", terms.Length > 0 ? terms : ["title:threat"], score)],
    };

    protected static Gap Gap(string topic, double priority = 50, GapStatus status = GapStatus.Open) => new()
    {
        Id = "gap:" + topic,
        TopicId = topic,
        Statement = $"Nothing covers {topic}.",
        Status = status,
        Priority = priority,
        PriorityBreakdown = new GapPriority(priority, "priority = 100 × W × (…)", [new PriorityTerm("W", 0.9, 100, "topic weight")]),
        Evidence = [new GapEvidence("ITU-T X.1401", MappingType.Adjacent, 0.4) { State = "Published 2019-11" }],
        WorkInProgress = ["ISO/DIS 20435"],
        SuggestedOwner = "ITU-T SG17 Q14/17",
        FirstSeenRun = "run-1",
        LastChangedRun = "run-1",
        History = [new GapStatusChange { From = null, To = status, At = T0, Actor = "run:run-1", Reason = "detected" }],
    };

    protected static Overlap Overlap(string first, string second, double score, RelationType? known = null) => new()
    {
        FirstKey = first,
        SecondKey = second,
        FirstBody = "ISO",
        SecondBody = "ITU-T",
        FirstCommittee = "ISO/TC 307",
        Score = score,
        TextSimilarity = score,
        TopicSimilarity = 0.5,
        SharedTerms = ["contract", "smart"],
        SharedTopics = ["smart-contracts.concepts"],
        KnownRelation = known,
    };
}
