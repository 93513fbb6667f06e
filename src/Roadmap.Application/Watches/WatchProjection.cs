using Roadmap.Application.Pipeline;
using Roadmap.Core.Graph;
using Roadmap.Core.Watches;

namespace Roadmap.Application.Watches;

/// <summary>
/// Last step of the change pipeline: turns the store's new changes into events for every watch they match, with its own
/// persisted cursor over the change sequence (stored with the events in one transaction). Events come from recorded
/// changes only, never from reads — so an as-of query, which reads the past, can give none. Gap status changes come
/// from the gaps' recorded history (<see cref="WatchGapEvents"/>), new overlaps from the live analysis run
/// (<see cref="WatchOverlapEvents"/>).
/// </summary>
public sealed class WatchProjection(
    IGraphStore graph,
    IWatchStore watches,
    IWatchFacts facts,
    SignificantTransitions significant,
    TimeProvider time,
    WatchGapEvents? gaps = null,
    WatchOverlapEvents? overlaps = null) : IChangeProjection
{
    public const string StepName = "watches";
    private const int PageSize = 500;

    public string Name => StepName;

    public async Task<long?> PositionAsync(CancellationToken cancellationToken) => await watches.GetCursorAsync(StepName, cancellationToken);

    public async Task<ProjectionOutcome> CatchUpAsync(IReadOnlyList<ProjectionOutcome> earlier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        // Query and topic rules read the index and the analysis: take in only what the index holds.
        var through = await graph.GetLastChangeSeqAsync(cancellationToken);
        if (earlier.FirstOrDefault(o => o.Step == SearchIndexProjection.StepName) is { } index)
        {
            through = Math.Min(through, index.Position ?? 0);
        }

        var cursor = await watches.GetCursorAsync(StepName, cancellationToken);
        var stored = 0;
        var all = await watches.ListWatchesAsync(null, cancellationToken);
        var lineage = await CommitteeLineage.LoadAsync(graph, cancellationToken);
        var queries = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        bool QueryMatches(string query, string key)
        {
            if (!queries.TryGetValue(query, out var keys))
            {
                queries[query] = keys = facts.QueryMatches(query);
            }

            return keys.Contains(key);
        }

        while (cursor < through)
        {
            var changes = (await graph.GetChangesAfterAsync(cursor, PageSize, cancellationToken)).Where(c => c.Seq <= through).ToList();
            if (changes.Count == 0)
            {
                break;
            }

            var events = all.Count == 0 ? [] : await EventsAsync(changes, all, lineage, QueryMatches, cancellationToken);
            stored += await watches.AppendEventsAsync(StepName, events, changes[^1].Seq, cancellationToken);
            cursor = changes[^1].Seq;
        }

        if (gaps is not null)
        {
            stored += await gaps.CatchUpAsync(all, cancellationToken);
        }

        if (overlaps is not null)
        {
            stored += await overlaps.CatchUpAsync(all, lineage, cancellationToken);
        }

        return new ProjectionOutcome(Name, stored > 0, cursor, $"{stored} events");
    }

    private async Task<List<NewWatchEvent>> EventsAsync(
        List<DocumentChange> changes, IReadOnlyList<Watch> all, CommitteeLineage lineage, Func<string, string, bool> queryMatches, CancellationToken cancellationToken)
    {
        var keys = changes.Select(c => c.DocumentKey).Distinct(StringComparer.Ordinal).ToList();
        var documents = await graph.GetDocumentsAsync(keys, cancellationToken);
        var topics = all.Any(w => w.Rules.Topics.Count > 0) ? await facts.TopicLineagesAsync(keys, cancellationToken) : new Dictionary<string, IReadOnlySet<string>>();
        var now = time.GetUtcNow();
        var events = new List<NewWatchEvent>();
        foreach (var change in changes)
        {
            if (!documents.TryGetValue(change.DocumentKey, out var document))
            {
                continue;
            }

            var candidates = ChangeCandidates.From(change, document, lineage.Of(document.CommitteeKey),
                topics.GetValueOrDefault(document.Key) ?? new HashSet<string>(), significant);
            foreach (var candidate in candidates)
            {
                foreach (var watch in all.Where(w => WatchMatcher.Matches(w, candidate, queryMatches)))
                {
                    events.Add(new NewWatchEvent(candidate.ToEvent(watch, now), DeliveryPlan.For(watch, now)));
                }
            }
        }

        return events;
    }
}
