using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;
using Roadmap.Core.Watches;

namespace Roadmap.Application.Watches;

/// <summary>
/// Gap events from the gaps' recorded status history (what analysis runs and editors wrote), followed by its own
/// cursor (<c>watches:gaps</c>, the newest history time taken in, in milliseconds); a watch hears only of steps made
/// after it was created.
/// </summary>
public sealed class WatchGapEvents(IAnalysisStore analysis, IWatchStore watches, IWatchFacts facts, TimeProvider time)
{
    public const string CursorName = "watches:gaps";

    public async Task<int> CatchUpAsync(IReadOnlyList<Watch> all, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(all);
        var cursor = await watches.GetCursorAsync(CursorName, cancellationToken);
        var gaps = await analysis.ListGapsAsync(null, cancellationToken);
        var steps = gaps.SelectMany(g => g.History.Select((step, i) => (Gap: g, Step: step, Index: i)))
            .Where(s => s.Step.At.ToUnixTimeMilliseconds() > cursor)
            .ToList();
        if (steps.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var events = new List<NewWatchEvent>();
        var gapWatches = all.Where(w => w.Rules.GapStatusChanges).ToList();
        foreach (var (gap, step, index) in steps)
        {
            var candidate = Candidate(gap, step, index);
            foreach (var watch in gapWatches.Where(w => step.At >= w.CreatedAt && WatchMatcher.Matches(w, candidate, static (_, _) => false)))
            {
                events.Add(new NewWatchEvent(candidate.ToEvent(watch, now), DeliveryPlan.For(watch, now)));
            }
        }

        return await watches.AppendEventsAsync(CursorName, events, steps.Max(s => s.Step.At.ToUnixTimeMilliseconds()), cancellationToken);
    }

    private WatchCandidate Candidate(Gap gap, GapStatusChange step, int index) => new()
    {
        Kind = step.From is null ? WatchEventKind.GapOpened
            : step.To is GapStatus.Closed or GapStatus.Dismissed or GapStatus.Addressed ? WatchEventKind.GapClosed
            : WatchEventKind.GapChanged,
        IdempotencySuffix = $"gap:{gap.Id}:{index}",
        Title = $"gap {gap.Id}: {step.From?.ToString() ?? "new"} → {step.To}" + (step.Reason is null ? "" : $" ({step.Reason})"),
        GapId = gap.Id,
        TopicLineage = facts.TopicLineage(gap.TopicId),
        Before = step.From?.ToString(),
        After = step.To.ToString(),
        Significant = true,
        Actor = step.Actor,
        OccurredAt = step.At,
    };
}
