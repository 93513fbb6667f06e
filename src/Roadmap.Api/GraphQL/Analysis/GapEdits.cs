using GraphQL;
using Roadmap.Api.Analysis;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Core.Gaps;

namespace Roadmap.Api.GraphQL.Analysis;

/// <summary>Editors' gap mutations: validation at the edge, one store transaction with the version check, an audit entry.</summary>
internal static class GapEdits
{
    private const int MaxText = 4000;

    public static async Task<Gap> CreateAsync(IResolveFieldContext context, CreateGapInput input)
    {
        var service = context.Service<AnalysisService>();
        var topic = service.Taxonomy.Find(input.TopicId.Trim()) ?? throw ErrorCodes.Error(ErrorCodes.NotFound, $"createGap: no topic '{input.TopicId}' in the taxonomy");
        var statement = Text(input.Statement, "statement");
        var (actor, now) = (context.Caller().AuditName, context.Service<TimeProvider>().GetUtcNow());
        var mandate = service.Taxonomy.OwnersOf(topic.Id) is [var first, ..] ? first : null;
        var owner = string.IsNullOrWhiteSpace(input.SuggestedOwner) ? mandate?.Committee : input.SuggestedOwner.Trim();
        var priority = input.Priority is { } given ? Priority(given) : Math.Round(100 * topic.Weight, 1);
        var gap = new Gap
        {
            Id = "gap:editor-" + Guid.NewGuid().ToString("N")[..12],
            TopicId = topic.Id,
            Statement = statement,
            Kind = GapKind.Editor,
            EditorCreated = true,
            Priority = priority,
            PriorityBreakdown = input.Priority is null
                ? new GapPriority(priority, "priority = 100 × W (an editor's gap without a set priority)", [new PriorityTerm("W", topic.Weight, 100, $"weight of the topic {topic.Id}")])
                : new GapPriority(priority, "priority set by an editor", []),
            SuggestedOwner = owner,
            SuggestedOwnerMandate = owner == mandate?.Committee ? mandate?.Mandate : null,
            History = [new GapStatusChange { From = null, To = GapStatus.Open, At = now, Actor = actor, Reason = "recorded by an editor" }],
            Notes = input.Note is { } note && !string.IsNullOrWhiteSpace(note) ? [new GapNote(actor, now, Text(note, "note"))] : [],
        };
        await service.Store.SaveGapsAsync([gap], context.CancellationToken);
        var saved = await service.Store.GetGapAsync(gap.Id, context.CancellationToken) ?? throw new InvalidOperationException($"gap {gap.Id} was not saved");
        await AnalysisSchemaContributor.Audit(context, "createGap", saved.Id, (object?)null, Summary(saved), input.Note);
        return saved;
    }

    public static async Task<Gap> ApplyAsync(IResolveFieldContext context, string action, string id, GapEdit edit, string? note)
    {
        var store = context.Service<AnalysisService>().Store;
        var before = await store.GetGapAsync(id, context.CancellationToken);
        var result = await store.UpdateGapAsync(id, edit, context.CancellationToken);
        switch (result.Outcome)
        {
            case GapEditOutcome.NotFound:
                throw ErrorCodes.Error(ErrorCodes.NotFound, $"{action}: no gap '{id}'");
            case GapEditOutcome.Conflict:
                var current = result.Gap!.Version;
                var error = ErrorCodes.Error(ErrorCodes.Conflict, $"{action}: gap '{id}' is at version {current}, not {edit.ExpectedVersion}; someone changed it meanwhile. Reload it and apply your change again.");
                error.AddExtension("currentVersion", current);
                throw error;
            default:
                var after = result.Gap!;
                await AnalysisSchemaContributor.Audit(context, action, id, before is null ? null : Summary(before), Summary(after), note);
                return after;
        }
    }

    public static string Text(string text, string name)
    {
        var trimmed = text.Trim();
        return trimmed.Length switch
        {
            0 => throw ErrorCodes.Error(ErrorCodes.BadUserInput, $"{name} must not be empty"),
            > MaxText => throw ErrorCodes.Error(ErrorCodes.BadUserInput, $"{name} is longer than {MaxText} characters"),
            _ => trimmed,
        };
    }

    public static double Priority(double priority) => priority is >= 0 and <= 100 && double.IsFinite(priority)
        ? priority
        : throw ErrorCodes.Error(ErrorCodes.BadUserInput, $"priority must be between 0 and 100; got {priority}");

    private static object Summary(Gap gap) => new
    {
        gap.Id,
        gap.TopicId,
        gap.Statement,
        Status = gap.Status.ToString(),
        gap.Priority,
        gap.SuggestedOwner,
        gap.Version,
        Notes = gap.Notes.Count,
    };
}
