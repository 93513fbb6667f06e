using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;

namespace Roadmap.Analysis.Landscape;

/// <summary>Whether anybody was working on a topic on a past date, as far as the sources tell.</summary>
public enum PipelineState
{
    /// <summary>A document on the topic was in development then (a dated draft, a stage step, or published soon after).</summary>
    Underway,

    /// <summary>Nothing on the topic was in development then: nothing exists at all, or its work is known to have started later.</summary>
    Nobody,

    /// <summary>Documents on the topic appeared later, and no stage history says when their work began.</summary>
    Unknown,
}

/// <summary>One document behind a topic's pipeline state, and why it counts so.</summary>
public sealed record PipelineEvidence(string DocumentKey, string Note);

/// <summary>
/// A topic's pipeline on a past date: work underway, nobody working on it, or "pipeline unknown" where the documents
/// that appeared later have no stage history. Counts every document on the topic, main subject or not: work that
/// addresses the topic beside another subject is still work on it.
/// </summary>
public sealed record LeafPipeline(string TopicId, DateOnly Date, PipelineState State, IReadOnlyList<PipelineEvidence> Underway, IReadOnlyList<PipelineEvidence> Unplaced)
{
    /// <summary>The pipelines of the given leaves, each from every document assigned to it (main subject or not).</summary>
    public static Dictionary<string, LeafPipeline> OfLeaves(
        IEnumerable<string> leafIds, IEnumerable<TopicAssignment> assignments, IReadOnlyDictionary<string, Document> documents, DateOnly date, AsOfRules rules)
    {
        var byTopic = assignments.ToLookup(a => a.TopicId, StringComparer.Ordinal);
        return leafIds.Distinct(StringComparer.Ordinal).ToDictionary(
            leaf => leaf,
            leaf => Of(leaf, byTopic[leaf].Select(a => documents.GetValueOrDefault(a.DocumentKey)).OfType<Document>().DistinctBy(d => d.Key), date, rules),
            StringComparer.Ordinal);
    }

    public static LeafPipeline Of(string topicId, IEnumerable<Document> documents, DateOnly date, AsOfRules rules)
    {
        var underway = new List<PipelineEvidence>();
        var unplaced = new List<PipelineEvidence>();
        foreach (var document in documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var view = AsOf.View(document, date, rules);
            if (view is { Ongoing: true })
            {
                underway.Add(new PipelineEvidence(document.Key, view.Basis ?? $"in development, {view.EditionId}"));
            }
            else if (view is { DateUnknown: true })
            {
                unplaced.Add(new PipelineEvidence(document.Key, "in development, date unknown"));
            }
            else if (view is null && NotYetThere(document, date) is { } note)
            {
                unplaced.Add(new PipelineEvidence(document.Key, note));
            }
        }

        var state = underway.Count > 0 ? PipelineState.Underway : unplaced.Count > 0 ? PipelineState.Unknown : PipelineState.Nobody;
        return new LeafPipeline(topicId, date, state, underway, unplaced);
    }

    // A document not there on the date: unknown when nothing says when its work began; known to have started later
    // (not evidence of anything then) when its stage history begins after the date.
    private static string? NotYetThere(Document document, DateOnly date)
    {
        var firstStep = document.Editions.SelectMany(e => e.Stages).Select(s => (PartialDate?)s.Date).Min();
        if (firstStep is { } started && started.Earliest > date)
        {
            return null;
        }

        var first = document.Editions.Select(e => e.Published).Where(p => p is not null).Min();
        return first is { } published ? $"first dated {published}; when work began is not recorded" : "undated; when work began is not recorded";
    }
}
