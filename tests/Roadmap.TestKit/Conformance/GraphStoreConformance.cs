using Roadmap.Core.Graph;

namespace Roadmap.TestKit.Conformance;

/// <summary>
/// The behaviour every graph store must have, written once. A store's test class derives from this (and its partials)
/// and says how to make an empty store; xunit runs every inherited test against it.
/// </summary>
public abstract partial class GraphStoreConformance : IAsyncLifetime
{
    private IGraphStore? _store;

    protected static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("store not created");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty, initialised store.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    public virtual async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected static ChangeContext At(int minutes, string actor = "test", string? run = null) =>
        new(run, actor, T0.AddMinutes(minutes));

    protected Task<UpsertReport> UpsertAsync(params Roadmap.Core.Documents.Document[] documents) =>
        Store.UpsertAsync(new GraphBatch { Documents = documents }, At(0), Ct);
}
