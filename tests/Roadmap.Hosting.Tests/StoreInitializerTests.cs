using System.Reflection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Hosting;
using Roadmap.TestKit;

namespace Roadmap.Hosting.Tests;

/// <summary>Under docker compose Roadmap may start before Neo4j answers: it waits for a store that is not up yet, never for one that says no.</summary>
public sealed class StoreInitializerTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_server_store_that_is_not_up_yet_is_retried_until_it_answers()
    {
        var store = FlakyStore.Create(failures: 3, Unreachable);
        var start = Initializer(store, GraphProvider.Neo4j, TimeSpan.FromMinutes(2)).StartAsync(TestContext.Current.CancellationToken);

        await AdvanceUntilDoneAsync(start);

        ((FlakyStore)(object)store).Attempts.ShouldBe(4);
    }

    [Fact]
    public async Task Refused_credentials_fail_at_once()
    {
        var store = FlakyStore.Create(failures: 10, () => new GraphStoreException("Neo4j at http://neo4j:7474/ rejected the credentials"));

        var error = await Should.ThrowAsync<GraphStoreException>(() => Initializer(store, GraphProvider.Neo4j, TimeSpan.FromMinutes(2)).StartAsync(TestContext.Current.CancellationToken));

        error.Message.ShouldContain("credentials");
        ((FlakyStore)(object)store).Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task A_store_still_unreachable_after_the_startup_wait_stops_the_start_with_its_reason()
    {
        var store = FlakyStore.Create(failures: int.MaxValue, Unreachable);
        var start = Initializer(store, GraphProvider.Neo4j, TimeSpan.FromSeconds(7)).StartAsync(TestContext.Current.CancellationToken);

        var error = await Should.ThrowAsync<GraphStoreException>(() => AdvanceUntilDoneAsync(start));

        error.Message.ShouldContain("unreachable");
        ((FlakyStore)(object)store).Attempts.ShouldBe(4); // at 0, 2, 4 and 6 s; another try would pass the 7 s budget
    }

    [Fact]
    public async Task The_embedded_store_never_waits()
    {
        var store = FlakyStore.Create(failures: 1, Unreachable);

        await Should.ThrowAsync<GraphStoreException>(() => Initializer(store, GraphProvider.Embedded, TimeSpan.FromMinutes(2)).StartAsync(TestContext.Current.CancellationToken));

        ((FlakyStore)(object)store).Attempts.ShouldBe(1);
    }

    private static GraphStoreException Unreachable() =>
        new("Neo4j at http://neo4j:7474/ is unreachable: Connection refused", new HttpRequestException("Connection refused"));

    private StoreInitializer Initializer(IGraphStore store, GraphProvider provider, TimeSpan wait) =>
        new(store, DataDirectory.OpenOrCreate(Path.Combine(_temp.Root, "data")), Options.Create(new GraphOptions { Provider = provider, StartupWait = wait }), _time, NullLogger<StoreInitializer>.Instance);

    private async Task AdvanceUntilDoneAsync(Task start)
    {
        for (var step = 0; step < 1_000 && !start.IsCompleted; step++)
        {
            await Task.Delay(5, TestContext.Current.CancellationToken);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        await start;
    }

    /// <summary>A store whose <c>InitializeAsync</c> fails a number of times; nothing else is called.</summary>
    public class FlakyStore : DispatchProxy
    {
        private int _failures;
        private Func<Exception> _error = () => new InvalidOperationException();

        public int Attempts { get; private set; }

        public static IGraphStore Create(int failures, Func<Exception> error)
        {
            var store = DispatchProxy.Create<IGraphStore, FlakyStore>();
            var flaky = (FlakyStore)(object)store;
            (flaky._failures, flaky._error) = (failures, error);
            return store;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name != nameof(IGraphStore.InitializeAsync))
            {
                throw new NotSupportedException(targetMethod?.Name);
            }

            Attempts++;
            return Attempts <= _failures ? Task.FromException(_error()) : Task.CompletedTask;
        }
    }
}
