using Roadmap.Analysis.Classification;
using Roadmap.Application.Analysis;
using Roadmap.Application.Topics;

namespace Roadmap.Application.Documents;

/// <summary>One document's part of the live analysis, as <c>roadmap show</c> prints it.</summary>
public sealed class DocumentAnalysisQuery(AnalysisService analysis)
{
    /// <summary>Null before the data folder has a live analysis run.</summary>
    public async Task<DocumentAnalysis?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (await analysis.LiveRunAsync(cancellationToken) is not { } run)
        {
            return null;
        }

        var store = analysis.Store;
        var rules = await store.GetClassificationsAsync([key], cancellationToken);
        var decisions = (await store.GetDecisionsAsync(cancellationToken)).Where(d => d.DocumentKey == key).ToList();
        var rows = DocumentTopics.Of(rules, decisions);
        var taxonomy = analysis.Taxonomy;
        // The same choice the run made when it counted the document under one leaf.
        var primary = PrimaryTopic.Choose(taxonomy, rows.Where(r => !r.Rejected).Select(r => r.Assignment)).GetValueOrDefault(key);
        var topics = rows
            .Select(r => new DocumentTopicView
            {
                TopicId = r.TopicId,
                Name = taxonomy.Find(r.TopicId)?.Name ?? r.TopicId,
                Score = r.Score,
                Primary = r.TopicId == primary,
                Pinned = r.Pinned,
                Rejected = r.Rejected,
                Evidence = r.Assignment.Evidence,
            })
            .OrderByDescending(t => t.Primary)
            .ToList();
        var gaps = (await store.ListGapsAsync(null, cancellationToken))
            .Where(g => g.EvidenceKeys.Contains(key, StringComparer.Ordinal) || g.WorkInProgress.Contains(key, StringComparer.Ordinal))
            .ToList();
        var overlaps = (await analysis.OverlapsByDocumentAsync(cancellationToken))[key].ToList();
        return new DocumentAnalysis { RunId = run.Id, Topics = topics, Gaps = gaps, Overlaps = overlaps };
    }
}
