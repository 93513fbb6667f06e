using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j.Tests;

/// <summary>
/// The Neo4j server the integration tests use, from <c>ROADMAP_NEO4J_URL</c> (+ <c>_USER</c>, <c>_PASSWORD</c>).
/// Without it those tests skip; <c>.ci/neo4j.sh start</c> runs a local Neo4j 3.1 and prints the export line.
/// </summary>
internal static class Neo4jServer
{
    public const string Collection = "neo4j server";

    public static string? Url => Environment.GetEnvironmentVariable("ROADMAP_NEO4J_URL") is { Length: > 0 } url ? url : null;

    /// <summary>The options for the configured server; skips the calling test when none is configured.</summary>
    public static Neo4jOptions Require(int batchSize = 2000)
    {
        Assert.SkipWhen(Url is null, "ROADMAP_NEO4J_URL is not set: no Neo4j server to test against. Run `.ci/neo4j.sh start` and export the URL it prints.");
        return new Neo4jOptions
        {
            Url = new Uri(Url!),
            User = Environment.GetEnvironmentVariable("ROADMAP_NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("ROADMAP_NEO4J_PASSWORD"),
            BatchSize = batchSize,
        };
    }

    /// <summary>Removes everything from the database: the tests own it (they share one xunit collection, so never run at once).</summary>
    internal static async Task WipeAsync(Neo4jGraphStore store, CancellationToken cancellationToken)
    {
        // Test-only, so not in CypherStatements (which lists what the product sends). Batched, so a large graph does not blow the heap.
        const string DeleteSome = "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted";
        while ((await store.Client.RunAsync(new CypherStatement(DeleteSome), cancellationToken)).SingleLong("deleted") > 0)
        {
        }
    }
}

// Marks the collection; xunit finds the definition by this attribute.
[CollectionDefinition(Neo4jServer.Collection, DisableParallelization = true)]
public sealed class Neo4jServerTests;
