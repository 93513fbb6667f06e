using System.Collections.Concurrent;

namespace Roadmap.Graph.Neo4j.Listing;

/// <summary>
/// Totals of filtered listings, counted once per filter set and write generation: the pages of one walk share it, and any
/// write through any instance moves the generation (kept on the sequence node, in the write's transaction), so a stale
/// total is never served.
/// </summary>
internal sealed class ListingCounts
{
    private const int MaxEntries = 1024;
    private readonly ConcurrentDictionary<string, (long Generation, int Total)> _totals = new(StringComparer.Ordinal);

    public bool TryGet(string shape, long generation, out int total)
    {
        if (_totals.TryGetValue(shape, out var entry) && entry.Generation == generation)
        {
            total = entry.Total;
            return true;
        }

        total = 0;
        return false;
    }

    public void Set(string shape, long generation, int total)
    {
        // Bounded by clearing: the entries of an old generation are dead anyway.
        if (_totals.Count >= MaxEntries)
        {
            _totals.Clear();
        }

        _totals[shape] = (generation, total);
    }
}
