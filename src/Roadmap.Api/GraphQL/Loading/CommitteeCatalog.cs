using Roadmap.Core.Committees;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Loading;

/// <summary>
/// Every committee in memory, by key and by parent, shared by all requests: committees are few and change only with
/// imports and crawls, so one store call serves many requests. Refreshed after <see cref="MaxAge"/> or when the index sync sees writes.
/// </summary>
internal sealed class CommitteeCatalog(IGraphStore store, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async ValueTask<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        var current = _snapshot;
        if (current is not null && current.Until > time.GetUtcNow())
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            current = _snapshot;
            if (current is null || current.Until <= time.GetUtcNow())
            {
                current = new Snapshot(await store.ListCommitteesAsync(cancellationToken), time.GetUtcNow() + MaxAge);
                _snapshot = current;
            }

            return current;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _snapshot = null;

    public void Dispose() => _gate.Dispose();

    internal sealed class Snapshot
    {
        private readonly Dictionary<string, Committee> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Committee> _byKeyIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
        private readonly ILookup<string, Committee> _byParent;

        public Snapshot(IReadOnlyList<Committee> all, DateTimeOffset until)
        {
            All = all;
            Until = until;
            foreach (var committee in all)
            {
                // Keys are exact; some bodies have committees whose names differ only in case, so the case-blind match is a fallback.
                _byKey[committee.Key] = committee;
                _byKeyIgnoringCase.TryAdd(committee.Key, committee);
            }

            _byParent = all.Where(c => c.ParentKey is not null).ToLookup(c => c.ParentKey!, StringComparer.Ordinal);
        }

        public IReadOnlyList<Committee> All { get; }

        public DateTimeOffset Until { get; }

        public Committee? Find(string? key) =>
            key is null ? null : _byKey.TryGetValue(key, out var exact) ? exact : _byKeyIgnoringCase.GetValueOrDefault(key);

        public IReadOnlyList<Committee> ChildrenOf(string key) => [.. _byParent[key].OrderBy(c => c.Key, StringComparer.Ordinal)];
    }
}
