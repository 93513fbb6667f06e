using Roadmap.Application.Analysis;
using Roadmap.Application.Audit;
using Roadmap.Application.Errors;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;

namespace Roadmap.Application.Topics;

/// <summary>
/// Editors' pins and rejects: stored apart from rule output, applied over it at once (the landscape in memory is dropped
/// and the pipeline re-files the document) and by every later run. Audited as <c>pinTopic</c>, <c>rejectTopic</c>,
/// <c>clearTopicDecision</c>.
/// </summary>
public sealed class TopicDecisions(AnalysisService analysis, IGraphStore graph, AuditTrail audit, TimeProvider time)
{
    /// <summary>Pins or rejects <paramref name="topicId"/> on the document; returns the document's row for that topic.</summary>
    public async Task<DocumentTopic?> DecideAsync(string documentKey, string topicId, DecisionKind kind, string? note, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var action = kind == DecisionKind.Pin ? "pinTopic" : "rejectTopic";
        var (key, topic) = await CheckAsync(action, documentKey, topicId, cancellationToken);
        var before = await RowAsync(key, topic, cancellationToken);
        var text = EditorText.Optional(note, "note");
        await analysis.Store.SaveDecisionAsync(
            new EditorDecision { DocumentKey = key, TopicId = topic, Kind = kind, Editor = actor.Name, At = time.GetUtcNow(), Note = text },
            cancellationToken);
        analysis.DecisionsChanged();
        var after = await RowAsync(key, topic, cancellationToken);
        await audit.RecordAsync(actor, action, $"{key} · {topic}", Summary(before), Summary(after), text, cancellationToken);
        return after;
    }

    /// <summary>Removes an editor's pin or reject; false when there was none.</summary>
    public async Task<bool> ClearAsync(string documentKey, string topicId, Actor actor, CancellationToken cancellationToken)
    {
        const string Action = "clearTopicDecision";
        var (key, topic) = await CheckAsync(Action, documentKey, topicId, cancellationToken);
        var before = await RowAsync(key, topic, cancellationToken);
        var removed = await analysis.Store.RemoveDecisionAsync(key, topic, cancellationToken);
        if (removed)
        {
            analysis.DecisionsChanged();
            var after = await RowAsync(key, topic, cancellationToken);
            await audit.RecordAsync(actor, Action, $"{key} · {topic}", Summary(before), Summary(after), null, cancellationToken);
        }

        return removed;
    }

    private async Task<(string Key, string Topic)> CheckAsync(string action, string documentKey, string topicId, CancellationToken cancellationToken)
    {
        var (key, topic) = (documentKey.Trim(), topicId.Trim());
        if (!analysis.Taxonomy.Contains(topic))
        {
            throw new NotFoundException($"{action}: no topic '{topic}' in the taxonomy");
        }

        if (await graph.GetDocumentAsync(key, cancellationToken) is null)
        {
            throw new NotFoundException($"{action}: no document '{key}' (give its key, e.g. ISO/TR 23455)");
        }

        return (key, topic);
    }

    private async Task<DocumentTopic?> RowAsync(string key, string topic, CancellationToken cancellationToken)
    {
        var rules = await analysis.Store.GetClassificationsAsync([key], cancellationToken);
        var decisions = (await analysis.Store.GetDecisionsAsync(cancellationToken)).Where(d => d.DocumentKey == key).ToList();
        return DocumentTopics.Of(rules, decisions).FirstOrDefault(r => r.TopicId == topic);
    }

    private static object? Summary(DocumentTopic? row) => row is null ? null : new
    {
        row.TopicId,
        row.Score,
        row.Pinned,
        row.Rejected,
        Decision = row.Decision?.Kind.ToString(),
    };
}
