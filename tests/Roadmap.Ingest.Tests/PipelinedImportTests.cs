using System.Reflection;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Ingest.IsoOpenData;
using Roadmap.TestKit;

namespace Roadmap.Ingest.Tests;

/// <summary>The importer maps the next batch while the last one is written; the writes themselves stay one at a time, in order.</summary>
public sealed class PipelinedImportTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 2, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Feed =
    [
        IsoLines.Vocabulary2020, IsoLines.SmartContracts, IsoLines.Draft, IsoLines.Vocabulary2024, IsoLines.Amendment,
    ];

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Import_SlowWrites_AreMadeOneAtATimeInFeedOrder()
    {
        await using var inner = await StoreAsync();
        var (store, watch) = WatchedStore.Wrap(inner, failOnCall: 0);

        await new Importer(store, _time, new ImportOptions { BatchSize = 1 }).ImportAsync(Stream(Feed), "feed", new IsoOpenDataMapper(), null, Ct);

        watch.MostAtOnce.ShouldBe(1);
        var mapper = new IsoOpenDataMapper();
        watch.Written.ShouldBe(Feed.Select(line => mapper.Map(line, new ImportContext("feed", _time.GetUtcNow())).Document!.Key));
        (await inner.GetStatsAsync(Ct)).Documents.ShouldBe(4);
    }

    [Fact]
    public async Task Import_WriteFails_KeepsTheBatchesBeforeAndWritesNoneAfter()
    {
        await using var inner = await StoreAsync();
        var (store, watch) = WatchedStore.Wrap(inner, failOnCall: 3);

        var failure = await Should.ThrowAsync<IOException>(() => new Importer(store, _time, new ImportOptions { BatchSize = 1 }).ImportAsync(Stream(Feed), "feed", new IsoOpenDataMapper(), null, Ct));

        failure.Message.ShouldBe("disk full");
        watch.Calls.ShouldBe(3);
        (await inner.GetStatsAsync(Ct)).Documents.ShouldBe(2);
    }

    private async Task<SqliteGraphStore> StoreAsync()
    {
        var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(Path.Combine(_temp.Root, Guid.NewGuid().ToString("N"))));
        await store.InitializeAsync(Ct);
        return store;
    }

    private static MemoryStream Stream(string[] lines) => new(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

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
}
