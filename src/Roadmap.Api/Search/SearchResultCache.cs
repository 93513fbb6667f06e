using Microsoft.Extensions.Caching.Memory;
using Roadmap.Search;

namespace Roadmap.Api.Search;

/// <summary>
/// Recent search results, reused while the index has not changed: analysts page back and forth and the explorer repeats
/// queries. Keys carry the index generation, so a sync that changes the index makes every cached result unreachable.
/// </summary>
internal sealed class SearchResultCache(SearchIndexHost host) : IDisposable
{
    public const int MaxEntries = 2_000;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public SearchResult Search(SearchRequest request)
    {
        var key = new Key(host.Generation, request);
        if (_cache.TryGetValue(key, out SearchResult? cached) && cached is not null)
        {
            return cached;
        }

        var result = host.Index.Search(request);
        if (result.Succeeded)
        {
            _cache.Set(key, result, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        }

        return result;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Key(long Generation, SearchRequest Request);
}
