using System.Reflection;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Application.Tests.Fakes;
using Roadmap.Application.Watches;
using Roadmap.Core.Analysis;
using Roadmap.Core.Committees;
using Roadmap.Core.Graph;
using Roadmap.Core.Watches;

namespace Roadmap.Application.Tests.Watches;

public sealed class WatchOverlapEventsTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly InMemoryAnalysisStore _analysis = new();
    private readonly IWatchStore _watches = RecordingWatchStore.Create();

    private RecordingWatchStore Recorded => (RecordingWatchStore)(object)_watches;

    public ValueTask DisposeAsync() => _analysis.DisposeAsync();

    private static Watch OnCommittee(string id, string committee) => new()
    {
        Id = id,
        OwnerKeyId = "k",
        Name = id,
        Rules = new WatchRules { OverlapCommittees = [committee] },
        CreatedAt = Created,
    };

    private static Overlap Pair(string first, string firstCommittee, string second, string secondCommittee) => new()
    {
        FirstKey = first,
        SecondKey = second,
        FirstBody = first.Split(' ')[0],
        SecondBody = second.Split(' ')[0],
        FirstCommittee = firstCommittee,
        SecondCommittee = secondCommittee,
        Score = 0.8,
        TextSimilarity = 0.5,
        TopicSimilarity = 1,
        SharedTerms = [],
        SharedTopics = [],
    };

    private async Task<CommitteeLineage> LineageAsync() =>
        await CommitteeLineage.LoadAsync(CommitteesStore.Create(
        [
            new Committee { Key = "ISO/TC 307", Body = "ISO" },
            new Committee { Key = "ISO/TC 307/WG 3", Body = "ISO", ParentKey = "ISO/TC 307" },
            new Committee { Key = "ITU-T SG17", Body = "ITU-T" },
            new Committee { Key = "ITU-T Q14/17", Body = "ITU-T", ParentKey = "ITU-T SG17" },
            new Committee { Key = "IEEE C/BDL", Body = "IEEE" },
        ]), _ct);

    private async Task RunAsync(string id, DateTimeOffset startedAt, params Overlap[] overlaps)
    {
        await _analysis.ReplaceOverlapsAsync(overlaps, _ct);
        await _analysis.SaveRunAsync(new AnalysisRun { Id = id, StartedAt = startedAt, Mode = AnalysisMode.Full, TaxonomyHash = "t" }, null, _ct);
    }

    [Fact]
    public async Task CatchUp_NewRun_OneEventPerWatchWhoseCommitteeSubtreeTheOverlapTouches()
    {
        // Arrange: a watch on ISO/TC 307 (its WG 3 included) and one on IEEE
        var events = new WatchOverlapEvents(_analysis, _watches, new FakeTimeProvider(Created.AddDays(1)));
        await RunAsync("run-1", Created.AddHours(1), Pair("ISO 23455", "ISO/TC 307/WG 3", "ITU-T F.751.3", "ITU-T Q14/17"));

        // Act
        var stored = await events.CatchUpAsync([OnCommittee("w_tc307", "ISO/TC 307"), OnCommittee("w_ieee", "IEEE C/BDL")], await LineageAsync(), _ct);

        // Assert
        stored.ShouldBe(1);
        var only = Recorded.Events.ShouldHaveSingleItem().Event;
        (only.WatchId, only.Kind, only.RunId, only.DocumentKey, only.After).ShouldBe(("w_tc307", WatchEventKind.OverlapFound, "run-1", "ISO 23455", "ITU-T F.751.3"));
        only.IdempotencyKey.ShouldBe("w_tc307:overlap:ISO 23455|ITU-T F.751.3");
    }

    [Fact]
    public async Task CatchUp_SameRunAgainOrPairListedByALaterRun_NothingNew()
    {
        // Arrange
        var watches = new[] { OnCommittee("w_sg17", "ITU-T SG17") };
        var events = new WatchOverlapEvents(_analysis, _watches, new FakeTimeProvider(Created.AddDays(1)));
        var pair = Pair("ISO 23455", "ISO/TC 307/WG 3", "ITU-T F.751.3", "ITU-T Q14/17");
        await RunAsync("run-1", Created.AddHours(1), pair);
        await events.CatchUpAsync(watches, await LineageAsync(), _ct);

        // Act
        var again = await events.CatchUpAsync(watches, await LineageAsync(), _ct);
        await RunAsync("run-2", Created.AddHours(2), pair, Pair("IEEE 2418.2", "IEEE C/BDL", "ITU-T X.1409", "ITU-T Q14/17"));
        var later = await events.CatchUpAsync(watches, await LineageAsync(), _ct);

        // Assert: the old pair is not reported twice; the new one once
        (again, later).ShouldBe((0, 1));
        Recorded.Events.Select(e => e.Event.After).ShouldBe(["ITU-T F.751.3", "ITU-T X.1409"]);
    }

    [Fact]
    public async Task CatchUp_RunBeforeTheWatchWasCreated_NoEvent()
    {
        // Arrange
        var events = new WatchOverlapEvents(_analysis, _watches, new FakeTimeProvider(Created.AddDays(1)));
        await RunAsync("run-0", Created.AddHours(-1), Pair("ISO 23455", "ISO/TC 307/WG 3", "ITU-T F.751.3", "ITU-T Q14/17"));

        // Act + Assert
        (await events.CatchUpAsync([OnCommittee("w_tc307", "ISO/TC 307")], await LineageAsync(), _ct)).ShouldBe(0);
    }

    /// <summary>A graph store that only lists committees.</summary>
    public class CommitteesStore : DispatchProxy
    {
        private IReadOnlyList<Committee> _committees = [];

        public static IGraphStore Create(IReadOnlyList<Committee> committees)
        {
            var store = DispatchProxy.Create<IGraphStore, CommitteesStore>();
            ((CommitteesStore)(object)store)._committees = committees;
            return store;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name == nameof(IGraphStore.ListCommitteesAsync)
            ? Task.FromResult(_committees)
            : throw new NotSupportedException($"the projection should not call {targetMethod?.Name}");
    }
}
