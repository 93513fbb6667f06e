using Roadmap.Core.Analysis;
using Roadmap.Graph.Neo4j.State;

namespace Roadmap.Graph.Neo4j.Tests.State;

/// <summary>What only the Neo4j analysis store has: replacements across many requests, snapshots in parts, a shared client.</summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jAnalysisStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReplaceClassifications_RequestFailsInALaterBatch_KeepsTheFormerOnes()
    {
        // Arrange: 30 classifications stored, then a replacement by 30 others (re-keying their nodes) whose fifth UNWIND request fails.
        var options = Neo4jServer.Require(batchSize: 4);
        await using var graph = new Neo4jGraphStore(options);
        await graph.InitializeAsync(Ct);
        await Neo4jServer.WipeAsync(graph, Ct);
        var store = new Neo4jAnalysisStore(graph);
        await store.ReplaceClassificationsAsync(null, [.. Enumerable.Range(0, 30).Select(i => Assignment($"A{i:D2}", "old"))], Ct);
        using var failing = new FailingHandler("row.oldPair", failOnMatch: 5);
        await using var broken = new Neo4jGraphStore(options, failing, timeProvider: null);
        var brokenStore = new Neo4jAnalysisStore(broken);

        // Act
        var failure = await Should.ThrowAsync<InvalidOperationException>(
            () => brokenStore.ReplaceClassificationsAsync(null, [.. Enumerable.Range(0, 30).Select(i => Assignment($"B{i:D2}", "new"))], Ct));
        var read = await store.GetClassificationsAsync(null, Ct);

        // Assert: the failed transaction was rolled back whole.
        failure.Message.ShouldContain("injected");
        failing.Matches.ShouldBe(5);
        read.Count.ShouldBe(30);
        read.ShouldAllBe(a => a.TopicId == "old");
    }

    [Fact]
    public async Task SaveRun_SnapshotOfSeveralParts_ReadsBackEqualAndAResaveReplacesIt()
    {
        // Arrange: a snapshot whose JSON spans several parts.
        await using var graph = new Neo4jGraphStore(Neo4jServer.Require());
        await graph.InitializeAsync(Ct);
        await Neo4jServer.WipeAsync(graph, Ct);
        var store = new Neo4jAnalysisStore(graph);
        var run = new AnalysisRun { Id = "run-big", StartedAt = new DateTimeOffset(2026, 11, 1, 2, 0, 0, TimeSpan.Zero), Mode = AnalysisMode.Full, TaxonomyHash = "h" };
        var big = Snapshot(run.Id, cells: 20_000);
        var small = Snapshot(run.Id, cells: 2);

        // Act
        await store.SaveRunAsync(run, big, Ct);
        var readBig = await store.GetSnapshotAsync(run.Id, Ct);
        await store.SaveRunAsync(run, null, Ct);
        var kept = await store.GetSnapshotAsync(run.Id, Ct);
        await store.SaveRunAsync(run, small, Ct);
        var readSmall = await store.GetSnapshotAsync(run.Id, Ct);

        // Assert
        System.Text.Json.JsonSerializer.Serialize(big, Serialization.AnalysisJsonContext.Default.AnalysisSnapshot).Length.ShouldBeGreaterThan(2 * Neo4jAnalysisStore.SnapshotPartChars);
        readBig.ShouldNotBeNull().Coverage.ShouldBe(big.Coverage);
        kept.ShouldNotBeNull().Coverage.Count.ShouldBe(big.Coverage.Count, "a run saved without a snapshot keeps its stored one");
        readSmall.ShouldNotBeNull().Coverage.ShouldBe(small.Coverage);
    }

    [Fact]
    public async Task DisposeAsync_LeavesTheGraphStoresClientOpen()
    {
        // Arrange
        await using var graph = new Neo4jGraphStore(Neo4jServer.Require());
        await graph.InitializeAsync(Ct);
        await Neo4jServer.WipeAsync(graph, Ct);

        // Act
        await using (var store = new Neo4jAnalysisStore(graph))
        {
            await store.SaveDecisionAsync(new EditorDecision { DocumentKey = "A", TopicId = "t", Kind = DecisionKind.Pin, Editor = "editor:alice", At = DateTimeOffset.UnixEpoch }, Ct);
        }

        // Assert
        (await new Neo4jAnalysisStore(graph).GetDecisionsAsync(Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public void Split_SurrogatePairAtAPartBoundary_StaysWhole()
    {
        // Arrange: an emoji (two UTF-16 units) straddling the first boundary.
        var text = new string('x', Neo4jAnalysisStore.SnapshotPartChars - 1) + "\U0001F600" + "tail";

        // Act
        var parts = Neo4jAnalysisStore.Split(text);

        // Assert
        string.Concat(parts).ShouldBe(text);
        parts[0].Length.ShouldBe(Neo4jAnalysisStore.SnapshotPartChars - 1);
        parts.ShouldAllBe(p => p.Length > 0 && !char.IsHighSurrogate(p[p.Length - 1]));
    }

    private static TopicAssignment Assignment(string key, string topic) => new()
    {
        DocumentKey = key,
        TopicId = topic,
        Score = 0.5,
        Evidence = [new ClassificationEvidence(EvidenceKind.Rule, topic + "#1", "title:x", ["title:x"], 0.5)],
    };

    private static AnalysisSnapshot Snapshot(string runId, int cells) => new()
    {
        RunId = runId,
        Coverage = [.. Enumerable.Range(0, cells).Select(i => new CoverageCell { TopicId = $"topic.{i:D6}", Dimension = CoverageDimension.Body, Value = "ISO/IEC JTC 1/SC 27", Published = i })],
        Liaisons = [],
        Gaps = [],
    };

    /// <summary>Passes requests to the server, but fails the <c>n</c>-th whose body contains a marker (an error the retry policy does not retry, so the transaction is abandoned).</summary>
    private sealed class FailingHandler(string marker, int failOnMatch) : DelegatingHandler(new SocketsHttpHandler())
    {
        public int Matches { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null && (await request.Content.ReadAsStringAsync(cancellationToken)).Contains(marker, StringComparison.Ordinal) && ++Matches == failOnMatch)
            {
                throw new InvalidOperationException("injected failure");
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
