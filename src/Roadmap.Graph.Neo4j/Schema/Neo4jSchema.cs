using Roadmap.Core.Graph;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j.Schema;

/// <summary>
/// Applies the constraints and indexes of <c>schema/neo4j/</c> (embedded), in the syntax the server speaks, then checks
/// that the database was not written by a newer Roadmap. Safe to run at every start.
/// </summary>
internal static class Neo4jSchema
{
    // 2: :Counter nodes for stats, bodyNorm and :ListingFences for listings (StatsRecount migrates a version 1 database).
    public const int Version = 2;
    public const string App = "roadmap-graph";

    // 4.x answers these when a 3.x-style statement meets what already exists; 3.x itself accepts the repeat silently.
    private static readonly string[] AlreadyThere =
    [
        "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
        "Neo.ClientError.Schema.ConstraintAlreadyExists",
        "Neo.ClientError.Schema.IndexAlreadyExists",
    ];

    public static async Task ApplyAsync(Neo4jClient client, CancellationToken cancellationToken)
    {
        var server = await client.ConnectAsync(cancellationToken);
        foreach (var statement in SchemaFiles.Statements(server.SchemaFile))
        {
            try
            {
                // Schema and data cannot share a transaction, and each DDL statement commits on its own.
                await client.RunAsync(new CypherStatement(statement), cancellationToken);
            }
            catch (Neo4jClientException ex) when (AlreadyThere.Contains(ex.Code, StringComparer.Ordinal))
            {
                // Idempotent by intent: the rule is in place.
            }
        }

        var meta = await client.RunAsync(
            new CypherStatement(CypherStatements.ReadSchemaVersion, new Dictionary<string, object?> { ["app"] = App, ["version"] = Version }),
            cancellationToken);
        var stored = meta.SingleLong("version");
        if (stored > Version)
        {
            throw new GraphStoreException($"The Neo4j database at {client.Server} was written by a newer Roadmap (schema {stored}); this one knows schema {Version}.");
        }

        // The MERGE always answers one row; without it the version is unknown, and nothing is migrated on a guess.
        if (meta.Rows.Count == 1 && (stored < Version || !await CountedAsync(client, cancellationToken)))
        {
            await StatsRecount.RunAsync(client, cancellationToken);
            await client.RunAsync(new CypherStatement(CypherStatements.WriteSchemaVersion, new Dictionary<string, object?> { ["version"] = Version }), cancellationToken);
        }
    }

    private static async Task<bool> CountedAsync(Neo4jClient client, CancellationToken cancellationToken) =>
        (await client.RunAsync(new CypherStatement(CypherStatements.IsCounted, new Dictionary<string, object?> { ["name"] = CypherStatements.ChangeSequence }), cancellationToken))
            .Records.Any(r => r.Bool("counted"));
}
