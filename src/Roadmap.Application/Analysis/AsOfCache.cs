using System.Diagnostics.CodeAnalysis;

namespace Roadmap.Application.Analysis;

/// <summary>
/// The "as of" landscapes kept in memory, at most <c>capacity</c> dates; the least recently used date goes first. Small
/// and exact on purpose: the service keeps a handful of dates, each a whole analysis result.
/// </summary>
internal sealed class AsOfCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<DateOnly, LinkedListNode<KeyValuePair<DateOnly, CurrentAnalysis>>> _entries = [];
    private readonly LinkedList<KeyValuePair<DateOnly, CurrentAnalysis>> _recency = new();

    public bool TryGet(DateOnly date, [NotNullWhen(true)] out CurrentAnalysis? view)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(date, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                view = node.Value.Value;
                return true;
            }
        }

        view = null;
        return false;
    }

    public void Set(DateOnly date, CurrentAnalysis view)
    {
        lock (_lock)
        {
            if (_entries.Remove(date, out var existing))
            {
                _recency.Remove(existing);
            }

            _entries[date] = _recency.AddFirst(KeyValuePair.Create(date, view));
            while (_entries.Count > Math.Max(1, capacity))
            {
                _entries.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }
}
