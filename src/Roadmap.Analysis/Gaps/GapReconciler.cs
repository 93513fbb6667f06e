using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Gaps;

/// <summary>
/// Merges a run's findings into the stored gaps: new gaps are recorded, statuses move with history and evidence, and
/// editors' statuses (closed, dismissed) are never overridden. An open gap whose topic gains covering work becomes
/// <see cref="GapStatus.Addressed"/>, citing the documents that address it.
/// </summary>
public static class GapReconciler
{
    public static IReadOnlyList<Gap> Reconcile(IReadOnlyList<GapFinding> findings, IReadOnlyList<Gap> stored, string runId, DateTimeOffset at)
    {
        var actor = "run:" + runId;
        var byTopic = findings.ToDictionary(f => f.TopicId, StringComparer.Ordinal);
        var result = new List<Gap>();
        var storedIds = stored.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var gap in stored)
        {
            if (!byTopic.TryGetValue(gap.TopicId, out var finding))
            {
                continue; // The topic left the taxonomy: keep the gap as it was.
            }

            var updated = gap.EditorCreated ? RefreshEditorGap(gap, finding) : Refresh(gap, finding);
            var target = TargetStatus(gap, finding);
            if (target != gap.Status)
            {
                var reason = target == GapStatus.Addressed
                    ? (finding.Covered ? "a document in force now covers the topic" : "work in development now covers the topic")
                    : "the work that addressed the gap is no longer there";
                var known = gap.EvidenceKeys.Concat(gap.WorkInProgress).ToHashSet(StringComparer.Ordinal);
                var added = finding.CoveringKeys.Where(k => !known.Contains(k)).ToList();
                IReadOnlyList<string> evidence = target != GapStatus.Addressed ? [] : added.Count > 0 ? added : finding.CoveringKeys;
                updated = updated with
                {
                    Status = target,
                    History = [.. gap.History, new GapStatusChange { From = gap.Status, To = target, At = at, Actor = actor, Reason = reason, EvidenceKeys = evidence }],
                };
            }

            result.Add(Changed(gap, updated) ? updated with { LastChangedRun = runId } : gap);
        }

        foreach (var finding in findings.Where(f => f.Gap is not null && !storedIds.Contains(f.Gap.Id)))
        {
            var gap = finding.Gap!;
            result.Add(gap with
            {
                FirstSeenRun = runId,
                LastChangedRun = runId,
                History = [new GapStatusChange { From = null, To = gap.Status, At = at, Actor = actor, Reason = $"detected: {gap.Kind}", EvidenceKeys = gap.WorkInProgress }],
            });
        }

        return result;
    }

    private static GapStatus TargetStatus(Gap gap, GapFinding finding)
    {
        if (gap.Status is GapStatus.Closed or GapStatus.Dismissed)
        {
            return gap.Status;
        }

        if (gap.EditorCreated)
        {
            // An editor's gap is addressed by work the editor had not already listed when recording it.
            var known = gap.EvidenceKeys.Concat(gap.WorkInProgress).ToHashSet(StringComparer.Ordinal);
            return finding.CoveringKeys.Any(k => !known.Contains(k)) ? GapStatus.Addressed : gap.Status;
        }

        return finding.Covered ? GapStatus.Addressed : finding.Gap!.Status;
    }

    private static Gap Refresh(Gap gap, GapFinding finding) => finding.Gap is { } found
        ? gap with
        {
            Statement = found.Statement,
            Kind = found.Kind,
            Priority = found.Priority,
            PriorityBreakdown = found.PriorityBreakdown,
            Evidence = found.Evidence,
            WorkInProgress = found.WorkInProgress,
            SuggestedOwner = found.SuggestedOwner,
            SuggestedOwnerMandate = found.SuggestedOwnerMandate,
        }
        : gap with { WorkInProgress = [.. finding.CoveringKeys] };

    private static Gap RefreshEditorGap(Gap gap, GapFinding finding) =>
        gap with { WorkInProgress = finding.Gap?.WorkInProgress ?? gap.WorkInProgress };

    private static bool Changed(Gap before, Gap after) =>
        before.Status != after.Status || before.Kind != after.Kind || before.Statement != after.Statement
        || !before.Evidence.SequenceEqual(after.Evidence) || !before.WorkInProgress.SequenceEqual(after.WorkInProgress)
        || Math.Abs(before.Priority - after.Priority) > 1e-9;
}
