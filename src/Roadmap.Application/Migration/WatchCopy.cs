using Roadmap.Application.Watches;
using Roadmap.Core.Watches;

namespace Roadmap.Application.Migration;

/// <summary>
/// Watches, by id. Their events and deliveries are not carried: copied as pending they would be delivered a second time.
/// Instead the target's projections start where the source's stood — the change projection past the history just
/// carried — so no change of the past is announced again.
/// </summary>
internal static class WatchCopy
{
    public static async Task<IReadOnlyList<MigrationPart>> RunAsync(IWatchStore source, ServiceStores target, CancellationToken cancellationToken)
    {
        var there = (await target.Watches.ListWatchesAsync(null, cancellationToken)).Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        var watches = await source.ListWatchesAsync(null, cancellationToken);
        var copied = 0;
        foreach (var watch in watches.Where(w => !there.Contains(w.Id)))
        {
            await target.Watches.SaveWatchAsync(watch, cancellationToken);
            copied++;
        }

        var lastChange = await target.Graph.GetLastChangeSeqAsync(cancellationToken);
        await MoveCursorAsync(target.Watches, WatchProjection.StepName, lastChange, cancellationToken);
        foreach (var name in new[] { WatchGapEvents.CursorName, WatchOverlapEvents.CursorName })
        {
            await MoveCursorAsync(target.Watches, name, await source.GetCursorAsync(name, cancellationToken), cancellationToken);
        }

        return [new MigrationPart("watches", copied, watches.Count - copied, copied > 0 ? "events and deliveries not carried; the target's feeds start now" : null)];
    }

    // Cursors only move forward: a target that has gone further keeps its own.
    private static async Task MoveCursorAsync(IWatchStore watches, string name, long to, CancellationToken cancellationToken)
    {
        if (await watches.GetCursorAsync(name, cancellationToken) < to)
        {
            await watches.AppendEventsAsync(name, [], to, cancellationToken);
        }
    }
}
