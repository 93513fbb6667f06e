using GraphQL.DataLoader;

namespace Roadmap.Api.GraphQL.Loading;

/// <summary>
/// A per-request batching loader. Resolvers ask for keys and get a deferred result; graphql-dotnet completes deferred
/// results only after every resolver of the level has run, so the first completion fetches every queued key in one call.
/// Each key is fetched at most once per request.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _known = new(comparer);
    private List<TKey> _queued = [];

    /// <summary>How many times the loader went to its source (for tests and metrics).</summary>
    public int Fetches { get; private set; }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_lock)
        {
            if (!_known.TryGetValue(key, out var completion))
            {
                completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _known[key] = completion;
                _queued.Add(key);
            }

            return new Deferred(this, completion.Task);
        }
    }

    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var results = keys.Select(Load).ToList();
        return new Many(results);
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> batch;
        List<TaskCompletionSource<TValue?>> completions;
        lock (_lock)
        {
            if (_queued.Count == 0)
            {
                return;
            }

            (batch, _queued) = (_queued, []);
            completions = batch.ConvertAll(k => _known[k]);
            Fetches++;
        }

        try
        {
            var found = await fetch(batch, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                completions[i].TrySetResult(found.TryGetValue(batch[i], out var value) ? value : default);
            }
        }
        catch (Exception ex)
        {
            completions.ForEach(c => c.TrySetException(ex));
            throw;
        }
    }

    private sealed class Deferred(BatchLoader<TKey, TValue> loader, Task<TValue?> result) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!result.IsCompleted)
            {
                await loader.DispatchAsync(cancellationToken);
            }

            return await result;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Many(List<IDataLoaderResult<TValue?>> parts) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public async Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(parts.Count);
            foreach (var part in parts)
            {
                if (await part.GetResultAsync(cancellationToken) is { } value)
                {
                    values.Add(value);
                }
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
