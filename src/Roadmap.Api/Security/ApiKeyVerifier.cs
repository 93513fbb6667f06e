using System.Collections.Concurrent;
using Roadmap.Core.Security;

namespace Roadmap.Api.Security;

/// <summary>
/// Checks presented keys against the key store. Records are cached for a short while so a busy client costs one hash,
/// not one database read, per request; a revocation takes effect within <see cref="CacheFor"/>.
/// </summary>
internal sealed class ApiKeyVerifier(IApiKeyStore store, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    /// <summary>The key's record when the presented text is a valid, unrevoked key; otherwise null.</summary>
    public async Task<ApiKey?> VerifyAsync(string presented, CancellationToken cancellationToken)
    {
        if (!ApiKeySecrets.TryParse(presented, out var id, out var secret))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (!_cache.TryGetValue(id, out var cached) || cached.Until < now)
        {
            cached = (await store.FindAsync(id, cancellationToken), now + CacheFor);
            _cache[id] = cached;
        }

        return cached.Key is { } key && ApiKeySecrets.Verify(key, secret) ? key : null;
    }

    /// <summary>Forgets cached records (after a revocation in this process).</summary>
    public void Clear() => _cache.Clear();
}
