using Microsoft.Extensions.Caching.Memory;
using Roadmap.Api.Search;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Loading;

/// <summary>
/// Recently read documents, shared by requests, valid while the store has not changed: entries key on the index generation,
/// which moves whenever the index sync sees a write, so a write made elsewhere (an import, a crawl) shows here by the next sync
/// (<c>Roadmap:Search:SyncInterval</c>), like search. Misses are still read from the store in one batch per request level.
/// </summary>
internal sealed class DocumentCache(IGraphStore store, SearchIndexHost index) : IDisposable
{
    public const int MaxEntries = 20_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public async Task<IReadOnlyDictionary<string, Document>> GetAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var generation = index.Generation;
        var found = new Dictionary<string, Document>(StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var key in keys)
        {
            if (_cache.TryGetValue((generation, key), out Document? document) && document is not null)
            {
                found[key] = document;
            }
            else
            {
                (missing ??= []).Add(key);
            }
        }

        if (missing is not null)
        {
            foreach (var (key, document) in await store.GetDocumentsAsync(missing, cancellationToken))
            {
                found[key] = document;
                _cache.Set((generation, key), document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
            }
        }

        return found;
    }

    public void Dispose() => _cache.Dispose();
}
