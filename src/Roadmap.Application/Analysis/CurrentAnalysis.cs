using Roadmap.Core.Analysis;

namespace Roadmap.Application.Analysis;

/// <summary>
/// A landscape as the API serves it: for "now", the latest live run with its snapshot (coverage, liaisons, gaps) and every
/// classification with the editors' decisions applied (so a pin shows before the next run); for a past date, what an
/// "as of" run found.
/// </summary>
public sealed class CurrentAnalysis(AnalysisRun? run, AnalysisSnapshot? snapshot, IReadOnlyList<TopicAssignment> assignments, IReadOnlyList<Overlap>? overlaps = null)
{
    private readonly ILookup<string, TopicAssignment> _byTopic = assignments.ToLookup(a => a.TopicId, StringComparer.Ordinal);

    public static CurrentAnalysis Empty { get; } = new(null, null, []);

    public AnalysisRun? Run => run;

    public AnalysisSnapshot? Snapshot => snapshot;

    public IReadOnlyList<TopicAssignment> Assignments => assignments;

    /// <summary>The overlaps an "as of" run found; null for "now" (they are read from the store).</summary>
    public IReadOnlyList<Overlap>? Overlaps => overlaps;

    /// <summary>The landscape's date; null for "now".</summary>
    public DateOnly? AsOf => run?.AsOf;

    public IEnumerable<TopicAssignment> OfTopic(string topicId) => _byTopic[topicId];
}
