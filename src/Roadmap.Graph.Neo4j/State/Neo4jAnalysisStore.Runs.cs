using System.Globalization;
using System.Text;
using System.Text.Json;
using Roadmap.Core.Analysis;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Neo4j.State;

public sealed partial class Neo4jAnalysisStore
{
    // A whole-corpus snapshot is several MB of JSON. Neo4j 3.1 would hold it as one string, but in parts no request, property
    // record chain or transaction-state entry gets that big, and each part travels in its own request of the one transaction.
    internal const int SnapshotPartChars = 512 * 1024;

    public async Task ReplaceOverlapsAsync(IReadOnlyList<Overlap> overlaps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(overlaps);

        // A later overlap of the same pair wins, as SQLite's upsert has it.
        var rows = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var overlap in overlaps)
        {
            var pair = Pair(overlap.FirstKey, overlap.SecondKey);
            rows[pair] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["pair"] = pair,
                ["firstKey"] = overlap.FirstKey,
                ["secondKey"] = overlap.SecondKey,
                ["score"] = overlap.Score,
                ["known"] = overlap.KnownRelation?.ToString(),
                ["json"] = JsonSerializer.Serialize(overlap, AnalysisJsonContext.Default.Overlap),
            };
        }

        await Client.WriteAsync(
            async (tx, ct) =>
            {
                await LockAsync(tx, CypherStatements.OverlapsLock, ct);
                await DeleteAllAsync(tx, CypherStatements.DeleteSomeOverlaps, ct);
                await _graph.RunChunkedAsync(tx, CypherStatements.CreateOverlaps, "rows", [.. rows.Values], ct);
                return true;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<Overlap>> ListOverlapsAsync(double minScore, bool includeKnown, CancellationToken cancellationToken)
    {
        var statement = new CypherStatement(CypherStatements.ListOverlaps, Parameters(("min", minScore), ("includeKnown", includeKnown)));
        var result = await ReadLockedAsync(CypherStatements.OverlapsLock, (tx, ct) => tx.RunAsync(statement, ct), cancellationToken);
        return [.. result.Records.Select(r => JsonSerializer.Deserialize(r.RequiredString("json"), AnalysisJsonContext.Default.Overlap)!)];
    }

    public async Task SaveRunAsync(AnalysisRun run, AnalysisSnapshot? snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var runParameters = Parameters(
            ("id", run.Id),
            ("startedAt", StoredTime.Format(run.StartedAt)),
            ("asOf", run.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("json", JsonSerializer.Serialize(run, AnalysisJsonContext.Default.AnalysisRun)));
        var parts = snapshot is null ? null : Split(JsonSerializer.Serialize(snapshot, AnalysisJsonContext.Default.AnalysisSnapshot));

        // Run and snapshot in one transaction; without a snapshot the stored one stays (SQLite's coalesce).
        await Client.WriteAsync(
            async (tx, ct) =>
            {
                await tx.RunAsync(new CypherStatement(CypherStatements.SaveRun, runParameters), ct);
                if (parts is not null)
                {
                    await tx.RunAsync(new CypherStatement(CypherStatements.DeleteSnapshotParts, Parameters(("runId", run.Id))), ct);
                    for (var n = 0; n < parts.Count; n++)
                    {
                        await tx.RunAsync(new CypherStatement(CypherStatements.CreateSnapshotPart, Parameters(("runId", run.Id), ("n", n), ("text", parts[n]))), ct);
                    }
                }

                return true;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<AnalysisRun>> ListRunsAsync(int limit, CancellationToken cancellationToken)
    {
        var result = await Client.RunAsync(new CypherStatement(CypherStatements.ListRuns, Parameters(("limit", Math.Clamp(limit, 1, 10_000)))), cancellationToken);
        return [.. result.Records.Select(ReadRun)];
    }

    public async Task<AnalysisRun?> GetLiveRunAsync(CancellationToken cancellationToken)
    {
        var result = await Client.RunAsync(new CypherStatement(CypherStatements.LiveRun), cancellationToken);
        return result.Records.Select(ReadRun).FirstOrDefault();
    }

    public async Task<AnalysisSnapshot?> GetSnapshotAsync(string runId, CancellationToken cancellationToken)
    {
        var parameters = Parameters(("runId", runId));
        var result = await Client.WriteAsync(
            async (tx, ct) =>
            {
                await tx.RunAsync(new CypherStatement(CypherStatements.LockRun, parameters), ct);
                return await tx.RunAsync(new CypherStatement(CypherStatements.SnapshotParts, parameters), ct);
            },
            cancellationToken);
        if (result.Rows.Count == 0)
        {
            return null;
        }

        var json = new StringBuilder();
        foreach (var record in result.Records)
        {
            json.Append(record.RequiredString("text"));
        }

        return JsonSerializer.Deserialize(json.ToString(), AnalysisJsonContext.Default.AnalysisSnapshot);
    }

    /// <summary>The text in parts of at most <see cref="SnapshotPartChars"/>, never splitting a surrogate pair.</summary>
    internal static List<string> Split(string text)
    {
        var parts = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(SnapshotPartChars, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            parts.Add(text.Substring(start, length));
            start += length;
        }

        return parts;
    }

    private static AnalysisRun ReadRun(CypherRecord record) =>
        JsonSerializer.Deserialize(record.RequiredString("json"), AnalysisJsonContext.Default.AnalysisRun) ?? throw new JsonException("a stored analysis run is null");
}
