using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Neo4j.Listing;

namespace Roadmap.Graph.Neo4j.Schema;

/// <summary>
/// Schema 2's data migration: normalizes the body filter's property and counts what <c>stats</c> reports into
/// <c>:Counter</c> nodes, once (the sequence node is marked <c>counted</c>). Idempotent; two instances starting at once
/// queue on the sequence lock and the second recounts the same numbers.
/// </summary>
internal static class StatsRecount
{
    private const int NormalizeBatch = 10_000;

    public static async Task RunAsync(Neo4jClient client, CancellationToken cancellationToken)
    {
        while ((await client.RunAsync(new CypherStatement(CypherStatements.NormalizeBodies, Parameters(("limit", NormalizeBatch))), cancellationToken)).SingleLong("updated") > 0)
        {
        }

        await client.WriteAsync(
            async (tx, ct) =>
            {
                var name = Parameters(("name", CypherStatements.ChangeSequence));
                await tx.RunAsync(new CypherStatement(CypherStatements.LockSequence, name), ct);
                await tx.RunAsync(new CypherStatement(CypherStatements.ClearCounters), ct);
                var rows = new List<object?>();
                async Task GroupAsync(string statement, string group)
                {
                    foreach (var record in (await tx.RunAsync(new CypherStatement(statement), ct)).Records)
                    {
                        if (record.String("name") is { } value)
                        {
                            rows.Add(StatsCounters.Row(group, value, record.Long("n")));
                        }
                    }
                }

                await GroupAsync(CypherStatements.DocumentsByBody, StatsCounters.Body);
                await GroupAsync(CypherStatements.DocumentsByStage, StatsCounters.Stage);
                await GroupAsync(CypherStatements.GroupByCommittee, StatsCounters.Committee);
                await GroupAsync(CypherStatements.InForceByBody, StatsCounters.InForce);
                await GroupAsync(CypherStatements.InForceWithoutCommittee, StatsCounters.InForceWithoutCommittee);
                rows.Add(StatsCounters.Row(StatsCounters.Editions, string.Empty, (await tx.RunAsync(new CypherStatement(CypherStatements.GroupEditions), ct)).SingleLong("n")));
                foreach (var chunk in rows.Chunk(NormalizeBatch))
                {
                    await tx.RunAsync(new CypherStatement(CypherStatements.SetCounters, Parameters(("rows", chunk))), ct);
                }

                var lastAt = (await tx.RunAsync(new CypherStatement(CypherStatements.LastChange), ct)).Records.Select(r => r.String("at")).FirstOrDefault();
                name["lastAt"] = lastAt;
                await tx.RunAsync(new CypherStatement(CypherStatements.MarkCounted, name), ct);
                return true;
            },
            cancellationToken);
    }
}
