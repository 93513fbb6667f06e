using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Analysis;
using Roadmap.Core.Analysis;

namespace Roadmap.Api.Tests;

/// <summary>No N+1: nested fields of a 50-document page (committees, relations, topics, overlaps, gap evidence) cost a fixed number of store calls.</summary>
public sealed class BatchingTests
{
    [Fact]
    public async Task Documents_50WithCommitteesRelationsAndNeighbours_LoadInBatches()
    {
        // Arrange
        await using var factory = new ApiFactory(anonymousRead: true);
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small(), Seed.Many());
        factory.Store.Reset();

        // Act
        var data = (await Gql.PostAsync(client, """
            { documents(filter: { text: "ledger topic" }, first: 50) {
                nodes { key committee { key title parent { key } }
                        relations { type from { key committee { key } } to { key committee { key } } }
                        neighbours { document { key committee { key } } } } } }
            """)).Data();

        // Assert
        var nodes = data["documents"]!["nodes"]!.AsArray();
        nodes.Count.ShouldBe(50);
        nodes.ShouldAllBe(n => n!["committee"] != null);
        nodes[1]!["relations"]!.AsArray().Count.ShouldBe(2);
        nodes[1]!["neighbours"]!.AsArray().Count.ShouldBe(2);
        var calls = factory.Store.Calls;
        calls.GetValueOrDefault("ListDocumentsAsync").ShouldBe(1);
        calls.GetValueOrDefault("ListCommitteesAsync").ShouldBeLessThanOrEqualTo(1);
        calls.GetValueOrDefault("GetRelationsForAsync").ShouldBe(1);
        calls.GetValueOrDefault("GetDocumentsAsync").ShouldBeLessThanOrEqualTo(2);
        calls.GetValueOrDefault("GetRelationsAsync").ShouldBe(0);
        calls.GetValueOrDefault("GetCommitteeAsync").ShouldBe(0);
        factory.Store.Total.ShouldBeLessThanOrEqualTo(5, string.Join(", ", calls.Select(c => $"{c.Key}={c.Value}")));
    }

    [Fact]
    public async Task Documents_50WithTopicsAndOverlaps_LoadTheAnalysisInBatches()
    {
        // Arrange
        var analysis = new CountingAnalysisStore();
        await using var factory = new ApiFactory(anonymousRead: true, services: analysis.Install);
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small(), Seed.Many());
        var service = factory.Services.GetRequiredService<AnalysisService>();
        await service.RunAsync(full: true, TestContext.Current.CancellationToken);
        foreach (var i in Enumerable.Range(1, 5))
        {
            // The generated titles match no rule; editors' pins give them topics.
            await service.Store.SaveDecisionAsync(new EditorDecision { DocumentKey = $"ISO {90000 + i}", TopicId = "dlt", Kind = DecisionKind.Pin, Editor = "editor:test", At = Seed.At }, TestContext.Current.CancellationToken);
        }

        // The run woke the change pipeline (it re-files the pinned documents): its store reads are not the request's.
        await PipelineIdleAsync(factory);
        factory.Store.Reset();
        analysis.Reset();

        // Act
        var data = (await Gql.PostAsync(client, """
            { documents(filter: { text: "ledger topic" }, first: 50) {
                nodes { key topics(includeRejected: true) { topic { id } score evidence { kind } } overlaps(first: 3, includeKnown: true) { second { key } } } }
              gaps(first: 10) { nodes { id evidence { document { key } } workInProgress { key } } } }
            """)).Data();

        // Assert
        data["documents"]!["nodes"]!.AsArray().Count.ShouldBe(50);
        data["documents"]!["nodes"]!.AsArray().Count(n => n!["topics"]!.AsArray().Count > 0).ShouldBe(5);
        data["gaps"]!["nodes"]!.AsArray().ShouldContain(n => n!["evidence"]!.AsArray().Count > 0);
        analysis.Calls.GetValueOrDefault("GetClassificationsAsync").ShouldBe(1);
        analysis.Calls.GetValueOrDefault("GetDecisionsAsync").ShouldBe(1);
        analysis.Calls.GetValueOrDefault("ListOverlapsAsync").ShouldBe(1);
        analysis.Calls.GetValueOrDefault("ListGapsAsync").ShouldBe(1);
        analysis.Total.ShouldBeLessThanOrEqualTo(4, string.Join(", ", analysis.Calls.Select(c => $"{c.Key}={c.Value}")));
        factory.Store.Calls.GetValueOrDefault("ListDocumentsAsync").ShouldBe(1);
        factory.Store.Calls.GetValueOrDefault("GetDocumentsAsync").ShouldBeLessThanOrEqualTo(2);
        factory.Store.Calls.GetValueOrDefault("GetDocumentAsync").ShouldBe(0);
        factory.Store.Total.ShouldBeLessThanOrEqualTo(4, string.Join(", ", factory.Store.Calls.Select(c => $"{c.Key}={c.Value}")));
    }

    [Fact]
    public async Task Search_HitsWithDocuments_LoadInOneBatch()
    {
        // Arrange
        await using var factory = new ApiFactory(anonymousRead: true);
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Many());
        factory.Store.Reset();

        // Act
        var hits = (await Gql.PostAsync(client, "{ search(text: \"ledger\", first: 50) { hits { key document { title committee { key } } } } }")).Data()["search"]!["hits"]!.AsArray();

        // Assert
        hits.Count.ShouldBe(50);
        factory.Store.Calls.GetValueOrDefault("GetDocumentsAsync").ShouldBe(1);
    }

    private static async Task PipelineIdleAsync(ApiFactory factory)
    {
        var pipeline = factory.Services.GetRequiredService<Roadmap.Api.Pipeline.ChangePipelineService>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!pipeline.IsIdle)
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), "the change pipeline did not settle");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
