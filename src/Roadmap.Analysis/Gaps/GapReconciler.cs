using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Gaps;

/// <summary>
/// Merges a run's findings into the stored gaps: new gaps are recorded, statuses move with history and evidence, and
/// editors' statuses (closed, dismissed) are never overridden. An open gap whose finding no longer holds — its topic
/// gained covering work, or the rule no longer fires — becomes <see cref="GapStatus.Addressed"/>, citing what changed;
/// a gap whose topic left the taxonomy becomes <see cref="GapStatus.Orphaned"/> and stops counting.
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
                result.Add(Orphan(gap, runId, actor, at));
                continue;
            }

            var found = gap.EditorCreated ? null : finding.Gaps.FirstOrDefault(g => g.Id == gap.Id);
            var updated = gap.EditorCreated ? RefreshEditorGap(gap, finding) : Refresh(gap, found, finding);
            var target = TargetStatus(gap, found, finding);
            if (target != gap.Status)
            {
                var coverage = gap.Id == GapIds.Coverage(gap.TopicId) || gap.EditorCreated;
                var reason = target == GapStatus.Addressed
                    ? (!coverage ? "the finding no longer holds" : finding.Covered ? "a document in force now covers the topic" : "work in development now covers the topic")
                    : gap.Status == GapStatus.Orphaned ? "the topic is back in the taxonomy"
                    : coverage ? "the work that addressed the gap is no longer there" : "the finding holds again";
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

        foreach (var gap in findings.SelectMany(f => f.Gaps).Where(g => !storedIds.Contains(g.Id)))
        {
            result.Add(gap with
            {
                FirstSeenRun = runId,
                LastChangedRun = runId,
                History = [new GapStatusChange { From = null, To = gap.Status, At = at, Actor = actor, Reason = $"detected: {gap.Kind}", EvidenceKeys = gap.WorkInProgress }],
            });
        }

        return result;
    }

    private static Gap Orphan(Gap gap, string runId, string actor, DateTimeOffset at) =>
        gap.Status is GapStatus.Closed or GapStatus.Dismissed or GapStatus.Orphaned
            ? gap
            : gap with
            {
                Status = GapStatus.Orphaned,
                LastChangedRun = runId,
                History = [.. gap.History, new GapStatusChange { From = gap.Status, To = GapStatus.Orphaned, At = at, Actor = actor, Reason = $"topic '{gap.TopicId}' is no longer in the taxonomy", EvidenceKeys = [] }],
            };

    private static GapStatus TargetStatus(Gap gap, Gap? found, GapFinding finding)
    {
        if (gap.Status is GapStatus.Closed or GapStatus.Dismissed)
        {
            return gap.Status;
        }

        if (gap.EditorCreated)
        {
            // An editor's gap is addressed by work the editor had not already listed when recording it.
            var known = gap.EvidenceKeys.Concat(gap.WorkInProgress).ToHashSet(StringComparer.Ordinal);
            return finding.CoveringKeys.Any(k => !known.Contains(k)) ? GapStatus.Addressed : gap.Status is GapStatus.Orphaned ? GapStatus.Open : gap.Status;
        }

        return found?.Status ?? GapStatus.Addressed;
    }

    private static Gap Refresh(Gap gap, Gap? found, GapFinding finding) => found is not null
        ? gap with
        {
            Statement = found.Statement,
            Kind = found.Kind,
            Perspective = found.Perspective,
            Priority = found.Priority,
            PriorityBreakdown = found.PriorityBreakdown,
            Evidence = found.Evidence,
            WorkInProgress = found.WorkInProgress,
            SuggestedOwner = found.SuggestedOwner,
            SuggestedOwnerMandate = found.SuggestedOwnerMandate,
        }
        : gap.Id == GapIds.Coverage(gap.TopicId) ? gap with { WorkInProgress = [.. finding.CoveringKeys] } : gap;

    private static Gap RefreshEditorGap(Gap gap, GapFinding finding) =>
        gap with { WorkInProgress = finding.Gaps.FirstOrDefault(g => g.Id == GapIds.Coverage(finding.TopicId))?.WorkInProgress ?? gap.WorkInProgress };

    private static bool Changed(Gap before, Gap after) =>
        before.Status != after.Status || before.Kind != after.Kind || before.Statement != after.Statement
        || !before.Evidence.SequenceEqual(after.Evidence) || !before.WorkInProgress.SequenceEqual(after.WorkInProgress)
        || Math.Abs(before.Priority - after.Priority) > 1e-9
        || before.SuggestedOwner != after.SuggestedOwner || before.SuggestedOwnerMandate != after.SuggestedOwnerMandate
        || !SameBreakdown(before.PriorityBreakdown, after.PriorityBreakdown);

    // Term by term (the record's list compares by reference): a reworded explanation is stored, an unchanged one is not.
    private static bool SameBreakdown(GapPriority? before, GapPriority? after) =>
        before is null || after is null
            ? before is null && after is null
            : before.Formula == after.Formula && before.Terms.SequenceEqual(after.Terms);
}
