using GraphQL.DataLoader;

namespace Roadmap.Api.GraphQL.Loading;

/// <summary>Chains deferred results. The continuation's own deferred result is handed back to the executor, which queues it with its siblings', so the second stage is batched too.</summary>
internal static class Deferred
{
    public static IDataLoaderResult Then<T>(this IDataLoaderResult<T> first, Func<T, IDataLoaderResult> next) => new Chained<T>(first, next);

    public static IDataLoaderResult<TResult> Select<T, TResult>(this IDataLoaderResult<T> first, Func<T, TResult> map) => new Mapped<T, TResult>(first, map);

    private sealed class Chained<T>(IDataLoaderResult<T> first, Func<T, IDataLoaderResult> next) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => next(await first.GetResultAsync(cancellationToken));
    }

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> first, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await first.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
