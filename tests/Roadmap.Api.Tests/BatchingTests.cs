namespace Roadmap.Api.Tests;

/// <summary>No N+1: nested fields of a 50-document page cost a fixed number of store calls.</summary>
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
}
