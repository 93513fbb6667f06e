using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.TestKit.Conformance;

/// <summary>Two store objects on one database, as two service instances are: they must never both win one version.</summary>
public abstract partial class AnalysisStoreConformance
{
    // More than one UNWIND batch of the Neo4j store's default size (2000), and many of the small size its tests use.
    private const int ManyClassifications = 2_100;

    [Fact]
    public async Task UpdateGap_TwoStoresRacingFromOneVersion_OneUpdatedOneConflict()
    {
        // Arrange
        await Store.SaveGapsAsync([Gap("a")], Ct);
        await using var other = await OpenSecondStoreAsync();

        for (var round = 1; round <= 5; round++)
        {
            // Act: both editors read version `round` and send their change at once.
            var mine = Store.UpdateGapAsync("gap:a", new GapEdit { ExpectedVersion = round, Statement = $"mine {round}" }, Ct);
            var theirs = other.UpdateGapAsync("gap:a", new GapEdit { ExpectedVersion = round, Statement = $"theirs {round}" }, Ct);
            var results = await Task.WhenAll(mine, theirs);

            // Assert
            results.Select(r => r.Outcome).Order().ToArray().ShouldBe([GapEditOutcome.Updated, GapEditOutcome.Conflict], $"round {round}");
            var winner = results.Single(r => r.Outcome == GapEditOutcome.Updated).Gap!;
            var stored = (await Store.GetGapAsync("gap:a", Ct))!;
            stored.Version.ShouldBe(round + 1);
            stored.Statement.ShouldBe(winner.Statement);
            results.Single(r => r.Outcome == GapEditOutcome.Conflict).Gap!.Version.ShouldBe(round + 1);
        }
    }

    [Fact]
    public async Task AddGapNote_TwoStoresAtOnce_KeepsBothNotes()
    {
        // Arrange
        await Store.SaveGapsAsync([Gap("a")], Ct);
        await using var other = await OpenSecondStoreAsync();

        // Act: edits without an expected version must not lose each other.
        var added = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? Store : other).AddGapNoteAsync("gap:a", new GapNote($"editor:{i}", T0.AddMinutes(i), $"note {i}"), Ct)));
        var stored = (await Store.GetGapAsync("gap:a", Ct))!;

        // Assert
        added.ShouldAllBe(ok => ok);
        stored.Notes.Select(n => n.Text).Order(StringComparer.Ordinal).ShouldBe(Enumerable.Range(0, 6).Select(i => $"note {i}"));
        stored.Version.ShouldBe(7);
    }

    [Fact]
    public async Task ReplaceClassifications_MoreRowsThanABatch_ReadersSeeAllOldOrAllNew()
    {
        // Arrange
        var old = Enumerable.Range(0, ManyClassifications).Select(i => Assignment($"DOC {i:D5}", "old")).ToList();
        var fresh = Enumerable.Range(0, ManyClassifications).Select(i => Assignment($"DOC {i:D5}", "new", 0.5)).ToList();
        await Store.ReplaceClassificationsAsync(null, old, Ct);
        await using var reader = await OpenSecondStoreAsync();

        // Act: another instance reads while the replacement is written.
        var replace = Store.ReplaceClassificationsAsync(null, fresh, Ct);
        var seen = new List<IReadOnlyList<TopicAssignment>>();
        do
        {
            seen.Add(await reader.GetClassificationsAsync(null, Ct));
        }
        while (!replace.IsCompleted);
        await replace;
        seen.Add(await reader.GetClassificationsAsync(null, Ct));

        // Assert: every read is one whole state, and the last is the whole new one.
        foreach (var read in seen)
        {
            read.Count.ShouldBe(ManyClassifications);
            read.Select(a => a.TopicId).Distinct().Count().ShouldBe(1, "a read saw part of the replacement");
        }

        seen[^1].ShouldAllBe(a => a.TopicId == "new" && a.Score == 0.5);
        seen[^1].Select(a => a.DocumentKey).ShouldBe(fresh.Select(a => a.DocumentKey));
    }
}
