using Roadmap.Application.Analysis;
using Roadmap.Application.Audit;
using Roadmap.Application.Errors;
using Roadmap.Core.Gaps;

namespace Roadmap.Application.Gaps;

/// <summary>
/// Editors' gap edits: input checked here, one store transaction with the version check, an audit entry. Each action is
/// named as the audit trail records it (<c>createGap</c>, <c>updateGap</c>, <c>setGapStatus</c>, <c>addGapNote</c>).
/// </summary>
public sealed class GapEditor(AnalysisService analysis, AuditTrail audit, TimeProvider time)
{
    public async Task<Gap> CreateAsync(CreateGapCommand command, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        var taxonomy = analysis.Taxonomy;
        var topic = taxonomy.Find(command.TopicId.Trim()) ?? throw new NotFoundException($"createGap: no topic '{command.TopicId}' in the taxonomy");
        var statement = EditorText.Require(command.Statement, "statement");
        var note = EditorText.Optional(command.Note, "note");
        var now = time.GetUtcNow();
        var mandate = taxonomy.OwnersOf(topic.Id) is [var first, ..] ? first : null;
        var owner = string.IsNullOrWhiteSpace(command.SuggestedOwner) ? mandate?.Committee : command.SuggestedOwner.Trim();
        var priority = command.Priority is { } given ? EditorText.Priority(given) : Math.Round(100 * topic.Weight, 1);
        var gap = new Gap
        {
            Id = "gap:editor-" + Guid.NewGuid().ToString("N")[..12],
            TopicId = topic.Id,
            Statement = statement,
            Kind = GapKind.Editor,
            EditorCreated = true,
            Priority = priority,
            PriorityBreakdown = command.Priority is null
                ? new GapPriority(priority, "priority = 100 × W (an editor's gap without a set priority)", [new PriorityTerm("W", topic.Weight, 100, $"weight of the topic {topic.Id}")])
                : new GapPriority(priority, "priority set by an editor", []),
            SuggestedOwner = owner,
            SuggestedOwnerMandate = owner == mandate?.Committee ? mandate?.Mandate : null,
            History = [new GapStatusChange { From = null, To = GapStatus.Open, At = now, Actor = actor.Name, Reason = "recorded by an editor" }],
            Notes = note is null ? [] : [new GapNote(actor.Name, now, note)],
        };
        await analysis.Store.SaveGapsAsync([gap], cancellationToken);
        var saved = await analysis.Store.GetGapAsync(gap.Id, cancellationToken) ?? throw new InvalidOperationException($"gap {gap.Id} was not saved");
        await audit.RecordAsync(actor, "createGap", saved.Id, (object?)null, Summary(saved), command.Note, cancellationToken);
        return saved;
    }

    /// <summary>Changes statement, owner or priority; a stale <see cref="UpdateGapCommand.ExpectedVersion"/> fails with <see cref="EditConflictException"/>.</summary>
    public Task<Gap> UpdateAsync(UpdateGapCommand command, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        if (command.Statement is null && command.SuggestedOwner is null && command.Priority is null && !command.ClearPriorityOverride)
        {
            throw new InvalidInputException("updateGap: give at least one of statement, suggestedOwner, priority (with priorityReason), clearPriorityOverride");
        }

        if (command.Priority is not null && command.ClearPriorityOverride)
        {
            throw new InvalidInputException("updateGap: give either priority or clearPriorityOverride, not both");
        }

        // A priority that departs from the formula must say why, so the next reader (and the roadmap) can judge it.
        var reason = command.Priority is null ? null : EditorText.Require(command.PriorityReason ?? string.Empty, "priorityReason");
        var edit = new GapEdit
        {
            ExpectedVersion = command.ExpectedVersion,
            Statement = command.Statement is null ? null : EditorText.Require(command.Statement, "statement"),
            SuggestedOwner = command.SuggestedOwner?.Trim(),
            PriorityOverride = command.Priority is { } p ? new PriorityOverride(EditorText.Priority(p), reason!, actor.Name, time.GetUtcNow()) : null,
            ClearPriorityOverride = command.ClearPriorityOverride,
        };
        return ApplyAsync("updateGap", command.Id, edit, reason, actor, cancellationToken);
    }

    /// <summary>Moves the gap to another status; the note says why and is kept in the history and as a note.</summary>
    public Task<Gap> SetStatusAsync(SetGapStatusCommand command, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        var note = EditorText.Require(command.Note, "note");
        var now = time.GetUtcNow();
        var edit = new GapEdit
        {
            ExpectedVersion = command.ExpectedVersion,
            StatusChange = new GapStatusChange { To = command.Status, At = now, Actor = actor.Name, Reason = note },
            Note = new GapNote(actor.Name, now, note),
        };
        return ApplyAsync("setGapStatus", command.Id, edit, note, actor, cancellationToken);
    }

    public Task<Gap> AddNoteAsync(AddGapNoteCommand command, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        var text = EditorText.Require(command.Text, "text");
        var edit = new GapEdit { Note = new GapNote(actor.Name, time.GetUtcNow(), text) };
        return ApplyAsync("addGapNote", command.Id, edit, text, actor, cancellationToken);
    }

    private async Task<Gap> ApplyAsync(string action, string id, GapEdit edit, string? note, Actor actor, CancellationToken cancellationToken)
    {
        var before = await analysis.Store.GetGapAsync(id, cancellationToken);
        var result = await analysis.Store.UpdateGapAsync(id, edit, cancellationToken);
        switch (result.Outcome)
        {
            case GapEditOutcome.NotFound:
                throw new NotFoundException($"{action}: no gap '{id}'");
            case GapEditOutcome.Conflict:
                var current = result.Gap!.Version;
                throw new EditConflictException($"{action}: gap '{id}' is at version {current}, not {edit.ExpectedVersion}; someone changed it meanwhile. Reload it and apply your change again.", current);
            default:
                var after = result.Gap!;
                await audit.RecordAsync(actor, action, id, before is null ? null : Summary(before), Summary(after), note, cancellationToken);
                return after;
        }
    }

    private static object Summary(Gap gap) => new
    {
        gap.Id,
        gap.TopicId,
        gap.Statement,
        Status = gap.Status.ToString(),
        gap.Priority,
        PriorityReason = gap.PriorityOverride?.Reason,
        gap.SuggestedOwner,
        gap.Version,
        Notes = gap.Notes.Count,
    };
}
