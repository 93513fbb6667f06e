using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.Application.Migration;

/// <summary>
/// The analysis part of a migration. Runs (with their snapshots) are copied by id; classifications and overlaps, which the
/// live run derives, only into a target that has none; decisions and gaps only where the target has none of its own for
/// that pair or id, so an editor's work in the target is never overwritten.
/// </summary>
internal static class AnalysisCopy
{
    private const int AllRuns = 10_000;

    public static async Task<IReadOnlyList<MigrationPart>> RunAsync(IAnalysisStore source, IAnalysisStore target, CancellationToken cancellationToken) =>
    [
        await RunsAsync(source, target, cancellationToken),
        await ClassificationsAsync(source, target, cancellationToken),
        await OverlapsAsync(source, target, cancellationToken),
        await DecisionsAsync(source, target, cancellationToken),
        await GapsAsync(source, target, cancellationToken),
    ];

    private static async Task<MigrationPart> RunsAsync(IAnalysisStore source, IAnalysisStore target, CancellationToken cancellationToken)
    {
        var there = (await target.ListRunsAsync(AllRuns, cancellationToken)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var runs = await source.ListRunsAsync(AllRuns, cancellationToken);
        var copied = 0;
        // Oldest first, so the target's newest is the source's newest at every step.
        foreach (var run in runs.Where(r => !there.Contains(r.Id)).Reverse())
        {
            await target.SaveRunAsync(run, await source.GetSnapshotAsync(run.Id, cancellationToken), cancellationToken);
            copied++;
        }

        return new MigrationPart("analysis runs", copied, runs.Count - copied);
    }

    private static async Task<MigrationPart> ClassificationsAsync(IAnalysisStore source, IAnalysisStore target, CancellationToken cancellationToken)
    {
        var rows = await source.GetClassificationsAsync(null, cancellationToken);
        if ((await target.GetClassificationsAsync(null, cancellationToken)).Count > 0)
        {
            return new MigrationPart("classifications", 0, rows.Count, "the target's own analysis kept");
        }

        await target.ReplaceClassificationsAsync(null, rows, cancellationToken);
        return new MigrationPart("classifications", rows.Count, 0);
    }

    private static async Task<MigrationPart> OverlapsAsync(IAnalysisStore source, IAnalysisStore target, CancellationToken cancellationToken)
    {
        var rows = await source.ListOverlapsAsync(0, includeKnown: true, cancellationToken);
        if ((await target.ListOverlapsAsync(0, includeKnown: true, cancellationToken)).Count > 0)
        {
            return new MigrationPart("overlaps", 0, rows.Count, "the target's own analysis kept");
        }

        await target.ReplaceOverlapsAsync(rows, cancellationToken);
        return new MigrationPart("overlaps", rows.Count, 0);
    }

    private static async Task<MigrationPart> DecisionsAsync(IAnalysisStore source, IAnalysisStore target, CancellationToken cancellationToken)
    {
        var there = (await target.GetDecisionsAsync(cancellationToken)).Select(d => (d.DocumentKey, d.TopicId)).ToHashSet();
        var decisions = await source.GetDecisionsAsync(cancellationToken);
        var copied = 0;
        foreach (var decision in decisions.Where(d => !there.Contains((d.DocumentKey, d.TopicId))))
        {
            await target.SaveDecisionAsync(decision, cancellationToken);
            copied++;
        }

        return new MigrationPart("editor decisions", copied, decisions.Count - copied);
    }

    private static async Task<MigrationPart> GapsAsync(IAnalysisStore source, IAnalysisStore target, CancellationToken cancellationToken)
    {
        var there = (await target.ListGapsAsync(null, cancellationToken)).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var gaps = await source.ListGapsAsync(null, cancellationToken);
        List<Gap> missing = [.. gaps.Where(g => !there.Contains(g.Id))];
        // Status history and notes travel inside each gap; the version restarts at 1, as for any gap new to a store.
        await target.SaveGapsAsync([.. missing.Select(g => g with { Version = 0 })], cancellationToken);
        return new MigrationPart("gaps", missing.Count, gaps.Count - missing.Count, missing.Count > 0 ? "with status history and notes; versions restart at 1" : null);
    }
}
