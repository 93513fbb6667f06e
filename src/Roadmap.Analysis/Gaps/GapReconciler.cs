using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Gaps;

/// <summary>
/// Merges a run's findings into the stored gaps: new gaps are recorded, statuses move with history and evidence, and
/// editors' statuses (closed, dismissed) are never overridden. An open gap whose finding no longer holds — its topic
/// gained covering work, or the rule no longer fires — becomes <see cref="GapStatus.Addressed"/>, citing what changed;
/// a gap whose topic left the taxonomy becomes <see cref="GapStatus.Orphaned"/> and stops counting; a gap whose kind
/// another finding of its topic now holds on the same evidence becomes <see cref="GapStatus.Merged"/>.
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
            var mergedInto = found is null && !gap.EditorCreated ? MergedInto(gap, finding) : null;
            var target = mergedInto is not null && gap.Status is not (GapStatus.Closed or GapStatus.Dismissed) ? GapStatus.Merged : TargetStatus(gap, found, finding);
            if (target != gap.Status)
            {
                var coverage = gap.Id == GapIds.Coverage(gap.TopicId) || gap.EditorCreated;
                var reason = mergedInto is not null ? $"now part of {mergedInto.Id}, which rests on the same evidence"
                    : target == GapStatus.Addressed
                    ? (!coverage ? "the finding no longer holds" : finding.Covered ? "a document in force now covers the topic" : "work in development now covers the topic")
                    : gap.Status == GapStatus.Orphaned ? "the topic is back in the taxonomy"
                    : gap.Status == GapStatus.Merged ? "its evidence is no longer the same as another finding's"
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

    // The finding of the topic that now holds this gap's kind on the same evidence, if any.
    private static Gap? MergedInto(Gap gap, GapFinding finding) =>
        finding.Gaps.FirstOrDefault(g => g.AlsoHolds.Any(a => GapIds.For(gap.TopicId, a.Kind, a.Perspective) == gap.Id));

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
            // What an editor set (statement, owner, priority with its reason) outlives the run; the rest follows the finding.
            Statement = gap.StatementEdited ? gap.Statement : found.Statement,
            Kind = found.Kind,
            AlsoHolds = found.AlsoHolds,
            Perspective = found.Perspective,
            Priority = gap.PriorityOverride?.Score ?? found.Priority,
            PriorityBreakdown = found.PriorityBreakdown,
            Evidence = found.Evidence,
            WorkInProgress = found.WorkInProgress,
            SuggestedOwner = gap.OwnerEdited ? gap.SuggestedOwner : found.SuggestedOwner,
            SuggestedOwnerMandate = gap.OwnerEdited ? gap.SuggestedOwnerMandate : found.SuggestedOwnerMandate,
        }
        : gap.Id == GapIds.Coverage(gap.TopicId) ? gap with { WorkInProgress = [.. finding.CoveringKeys] } : gap;

    private static Gap RefreshEditorGap(Gap gap, GapFinding finding) =>
        gap with { WorkInProgress = finding.Gaps.FirstOrDefault(g => g.Id == GapIds.Coverage(finding.TopicId))?.WorkInProgress ?? gap.WorkInProgress };

    private static bool Changed(Gap before, Gap after) =>
        before.Status != after.Status || before.Kind != after.Kind || !before.AlsoHolds.SequenceEqual(after.AlsoHolds) || before.Statement != after.Statement
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
