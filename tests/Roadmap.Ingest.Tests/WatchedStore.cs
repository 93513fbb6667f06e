using System.Reflection;
using Roadmap.Core.Graph;

namespace Roadmap.Ingest.Tests;

/// <summary>Passes every call through, but makes each upsert slow, counts how many run at once, and fails one on request.</summary>
public class WatchedStore : DispatchProxy
{
    private IGraphStore _inner = null!;
    private int _failOnCall;
    private int _inFlight;
    private int _calls;
    private int _mostAtOnce;

    public int Calls => _calls;

    public int MostAtOnce => _mostAtOnce;

    public List<string> Written { get; } = [];

    public static (IGraphStore Store, WatchedStore Watch) Wrap(IGraphStore inner, int failOnCall)
    {
        var store = DispatchProxy.Create<IGraphStore, WatchedStore>();
        var watch = (WatchedStore)(object)store;
        (watch._inner, watch._failOnCall) = (inner, failOnCall);
        return (store, watch);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        targetMethod!.Name == nameof(IGraphStore.UpsertAsync)
            ? UpsertAsync((GraphBatch)args![0]!, (ChangeContext)args[1]!, (CancellationToken)args[2]!)
            : targetMethod.Invoke(_inner, args);

    private async Task<UpsertReport> UpsertAsync(GraphBatch batch, ChangeContext context, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        var now = Interlocked.Increment(ref _inFlight);
        _mostAtOnce = Math.Max(_mostAtOnce, now);
        try
        {
            // Long enough for the importer to map the next line meanwhile, were it to start another write.
            await Task.Delay(30, cancellationToken);
            if (call == _failOnCall)
            {
                throw new IOException("disk full");
            }

            lock (Written)
            {
                Written.AddRange(batch.Documents.Select(d => d.Key));
            }

            return await _inner.UpsertAsync(batch, context, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
