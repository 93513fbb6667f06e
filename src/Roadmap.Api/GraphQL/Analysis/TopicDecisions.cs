using GraphQL;
using Roadmap.Api.Analysis;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Analysis;

/// <summary>Editors' pins and rejects: stored apart from rule output, applied over it at once and by every later run.</summary>
internal static class TopicDecisions
{
    public static async Task<DocumentTopic?> DecideAsync(IResolveFieldContext context, DecisionKind kind)
    {
        var (key, topic) = await CheckAsync(context);
        var service = context.Service<AnalysisService>();
        var before = await RowAsync(service, key, topic, context.CancellationToken);
        var note = context.GetArgument<string?>("note") is { } text && !string.IsNullOrWhiteSpace(text) ? GapEdits.Text(text, "note") : null;
        await service.Store.SaveDecisionAsync(
            new EditorDecision { DocumentKey = key, TopicId = topic, Kind = kind, Editor = context.Caller().AuditName, At = context.Service<TimeProvider>().GetUtcNow(), Note = note },
            context.CancellationToken);
        service.TopicsChanged();
        var after = await RowAsync(service, key, topic, context.CancellationToken);
        var action = kind == DecisionKind.Pin ? "pinTopic" : "rejectTopic";
        await AnalysisSchemaContributor.Audit(context, action, $"{key} · {topic}", Summary(before), Summary(after), note);
        return after;
    }

    public static async Task<bool> ClearAsync(IResolveFieldContext context)
    {
        var (key, topic) = await CheckAsync(context);
        var service = context.Service<AnalysisService>();
        var before = await RowAsync(service, key, topic, context.CancellationToken);
        var removed = await service.Store.RemoveDecisionAsync(key, topic, context.CancellationToken);
        if (removed)
        {
            service.TopicsChanged();
            var after = await RowAsync(service, key, topic, context.CancellationToken);
            await AnalysisSchemaContributor.Audit(context, "clearTopicDecision", $"{key} · {topic}", Summary(before), Summary(after), null);
        }

        return removed;
    }

    private static async Task<(string Key, string Topic)> CheckAsync(IResolveFieldContext context)
    {
        var (key, topic) = (context.GetArgument<string>("documentKey").Trim(), context.GetArgument<string>("topicId").Trim());
        if (!context.Service<AnalysisService>().Taxonomy.Contains(topic))
        {
            throw ErrorCodes.Error(ErrorCodes.NotFound, $"{context.FieldDefinition.Name}: no topic '{topic}' in the taxonomy");
        }

        if (await context.Service<IGraphStore>().GetDocumentAsync(key, context.CancellationToken) is null)
        {
            throw ErrorCodes.Error(ErrorCodes.NotFound, $"{context.FieldDefinition.Name}: no document '{key}' (give its key, e.g. ISO/TR 23455)");
        }

        return (key, topic);
    }

    private static async Task<DocumentTopic?> RowAsync(AnalysisService service, string key, string topic, CancellationToken cancellationToken)
    {
        var rules = await service.Store.GetClassificationsAsync([key], cancellationToken);
        var decisions = (await service.Store.GetDecisionsAsync(cancellationToken)).Where(d => d.DocumentKey == key).ToList();
        return AnalysisViews.TopicsOf(rules, decisions).FirstOrDefault(r => r.TopicId == topic);
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
