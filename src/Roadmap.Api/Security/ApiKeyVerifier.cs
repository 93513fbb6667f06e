using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Roadmap.Api.Hosting;
using Roadmap.Core.Security;

namespace Roadmap.Api.Security;

/// <summary>
/// Checks presented keys against the key store. A key's record, or the fact that an id is unknown, is cached for
/// <see cref="ApiOptions.KeyCacheLifetime"/> so a busy client costs one hash, not one database read, per request. The
/// cache holds at most <see cref="ApiOptions.KeyCacheEntries"/> ids, unknown ones evicted first: a stream of made-up
/// ids costs store reads, never unbounded memory. A key revoked through <see cref="RevokeAsync"/> is refused at once;
/// one revoked by another process, within the lifetime.
/// </summary>
internal sealed class ApiKeyVerifier : IDisposable
{
    private readonly IApiKeyStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly MemoryCache _cache;

    public ApiKeyVerifier(IApiKeyStore store, IOptions<ApiOptions> options, TimeProvider time)
    {
        (_store, _time, _lifetime) = (store, time, options.Value.KeyCacheLifetime);
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.KeyCacheEntries, Clock = new Clock(time) });
    }

    /// <summary>How many ids are cached now (the tests read it).</summary>
    internal int CachedIds => _cache.Count;

    /// <summary>The key's record when the presented text is a valid, unrevoked key; otherwise null.</summary>
    public async Task<ApiKey?> VerifyAsync(string presented, CancellationToken cancellationToken)
    {
        if (!ApiKeySecrets.TryParse(presented, out var id, out var secret))
        {
            return null;
        }

        if (!_cache.TryGetValue(id, out ApiKey? key))
        {
            key = await _store.FindAsync(id, cancellationToken);
            Remember(id, key);
        }

        return key is not null && ApiKeySecrets.Verify(key, secret) ? key : null;
    }

    /// <summary>Revokes a key in the store and forgets it here, so this process refuses it from the next request.</summary>
    /// <returns>False when there is no such key or it was already revoked.</returns>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        var revoked = await _store.RevokeAsync(id, _time.GetUtcNow(), cancellationToken);
        _cache.Remove(id);
        return revoked;
    }

    public void Dispose() => _cache.Dispose();

    private void Remember(string id, ApiKey? key)
    {
        if (_lifetime <= TimeSpan.Zero)
        {
            return;
        }

        // Past the size limit the cache takes nothing new and compacts: expired entries first, then unknown ids.
        using var entry = _cache.CreateEntry(id);
        entry.Value = key;
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = _lifetime;
        entry.Priority = key is null ? CacheItemPriority.Low : CacheItemPriority.Normal;
    }

    // MemoryCache reads the time only through ISystemClock: this one is the injected TimeProvider.
    private sealed class Clock(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
