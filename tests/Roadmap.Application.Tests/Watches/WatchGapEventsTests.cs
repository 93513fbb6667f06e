using Microsoft.Extensions.Time.Testing;
using Roadmap.Application.Tests.Fakes;
using Roadmap.Application.Watches;
using Roadmap.Core.Gaps;
using Roadmap.Core.Watches;

namespace Roadmap.Application.Tests.Watches;

public sealed class WatchGapEventsTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly InMemoryAnalysisStore _analysis = new();
    private readonly IWatchStore _watches = RecordingWatchStore.Create();

    private RecordingWatchStore Recorded => (RecordingWatchStore)(object)_watches;

    public ValueTask DisposeAsync() => _analysis.DisposeAsync();

    private static Watch OnGaps(string id, params string[] topics) => new()
    {
        Id = id,
        OwnerKeyId = "k",
        Name = id,
        Rules = new WatchRules { GapStatusChanges = true, Topics = topics },
        CreatedAt = Created,
    };

    private static Gap Gap(string id, string topic, params GapStatusChange[] history) => new()
    {
        Id = id,
        TopicId = topic,
        Statement = "missing " + topic,
        Kind = GapKind.NoCoverage,
        Priority = 50,
        History = history,
    };

    private static GapStatusChange Step(GapStatus? from, GapStatus to, int hours, string actor = "analysis") =>
        new() { From = from, To = to, At = Created.AddHours(hours), Actor = actor };

    [Fact]
    public async Task CatchUp_HistorySteps_OpenedChangedClosedForWatchesOfTheTopicAfterTheyWereMade()
    {
        // Arrange: a step before the watch existed, then opened again, changed and closed by an editor
        await _analysis.SaveGapsAsync(
        [
            Gap("gap:security.quantum/no-coverage", "security.quantum", Step(null, GapStatus.Open, -2), Step(GapStatus.Open, GapStatus.Closed, -1)),
            Gap("gap:security.data/thin", "security.data", Step(null, GapStatus.Open, 1), Step(GapStatus.Open, GapStatus.Orphaned, 2), Step(GapStatus.Orphaned, GapStatus.Dismissed, 3, "alice")),
        ], _ct);
        var events = new WatchGapEvents(_analysis, _watches, NoWatchFacts.Instance, new FakeTimeProvider(Created.AddDays(1)));

        // Act
        var stored = await events.CatchUpAsync([OnGaps("w_data", "security.data"), OnGaps("w_all"), OnGaps("w_other", "privacy.pii")], _ct);

        // Assert: three steps for the two watches that take the topic; the steps before the watches were made give none
        stored.ShouldBe(6);
        Recorded.Events.Where(e => e.Event.WatchId == "w_data").Select(e => (e.Event.Kind, e.Event.After, e.Event.Actor)).ShouldBe(
        [
            (WatchEventKind.GapOpened, "Open", "analysis"),
            (WatchEventKind.GapChanged, "Orphaned", "analysis"),
            (WatchEventKind.GapClosed, "Dismissed", "alice"),
        ]);
        Recorded.Events.ShouldNotContain(e => e.Event.WatchId == "w_other");
    }

    [Fact]
    public async Task CatchUp_Twice_NoStepReportedAgain()
    {
        // Arrange
        await _analysis.SaveGapsAsync([Gap("gap:security.data/thin", "security.data", Step(null, GapStatus.Open, 1))], _ct);
        var events = new WatchGapEvents(_analysis, _watches, NoWatchFacts.Instance, new FakeTimeProvider(Created.AddDays(1)));
        await events.CatchUpAsync([OnGaps("w_data", "security.data")], _ct);

        // Act + Assert
        (await events.CatchUpAsync([OnGaps("w_data", "security.data")], _ct)).ShouldBe(0);
        Recorded.Events.Count.ShouldBe(1);
    }
}
