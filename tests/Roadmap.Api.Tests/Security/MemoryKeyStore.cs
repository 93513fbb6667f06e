using System.Collections.Concurrent;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests.Security;

/// <summary>Keys in memory, counting reads: enough to see what the verifier caches.</summary>
internal sealed class MemoryKeyStore : IApiKeyStore
{
    private readonly ConcurrentDictionary<string, ApiKey> _keys = new(StringComparer.Ordinal);
    private int _reads;

    public int Reads => _reads;

    public Task AddAsync(ApiKey key, CancellationToken cancellationToken)
    {
        _keys[key.Id] = key;
        return Task.CompletedTask;
    }

    public Task<ApiKey?> FindAsync(string id, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return Task.FromResult(_keys.GetValueOrDefault(id));
    }

    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ApiKey>>([.. _keys.Values]);

    public Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!_keys.TryGetValue(id, out var key) || key.IsRevoked)
        {
            return Task.FromResult(false);
        }

        _keys[id] = key with { RevokedAt = at };
        return Task.FromResult(true);
    }
}
