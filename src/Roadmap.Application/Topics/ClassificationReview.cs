using Roadmap.Application.Analysis;
using Roadmap.Core.Analysis;

namespace Roadmap.Application.Topics;

/// <summary>
/// What editors should look at in the classification: the "DLT, unclassified" bucket (documents the DLT context finds
/// that sit under no leaf topic, so no coverage or gap counts them) and the single-signal assignments (a leaf resting
/// on one rule match only, neither pinned nor confirmed by a second rule, a designation or a committee), weakest first.
/// Editors pin or reject with the existing topic decisions; a decided item leaves the queue after the next read.
/// </summary>
public sealed class ClassificationReview(AnalysisService analysis)
{
    public async Task<ReviewItems> ListAsync(CancellationToken cancellationToken)
    {
        var taxonomy = analysis.Taxonomy;
        var current = await analysis.CurrentAsync(cancellationToken);
        var leaves = current.Assignments.Where(a => taxonomy.Find(a.TopicId) is { } node && taxonomy.IsLeaf(node)).ToList();
        var classified = leaves.Select(a => a.DocumentKey).ToHashSet(StringComparer.Ordinal);
        var unclassified = analysis.ContextKeys().Where(k => !classified.Contains(k)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(k => new ReviewItem(k, null)).ToList();
        var singleSignal = leaves
            .Where(a => !a.Pinned && a.Evidence is [{ Kind: EvidenceKind.Rule }])
            .OrderBy(a => a.Score).ThenBy(a => a.DocumentKey, StringComparer.Ordinal).ThenBy(a => a.TopicId, StringComparer.Ordinal)
            .Select(a => new ReviewItem(a.DocumentKey, a)).ToList();
        return new ReviewItems(unclassified, singleSignal);
    }
}

/// <summary>The review queue: in-context documents under no leaf, and single-signal leaf assignments.</summary>
public sealed record ReviewItems(IReadOnlyList<ReviewItem> Unclassified, IReadOnlyList<ReviewItem> SingleSignal);

/// <summary>A document to review, with the assignment in question (none for an unclassified document).</summary>
public sealed record ReviewItem(string DocumentKey, TopicAssignment? Assignment);
