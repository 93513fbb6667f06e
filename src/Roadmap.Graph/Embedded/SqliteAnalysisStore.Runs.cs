using System.Globalization;
using System.Text.Json;
using Roadmap.Core.Analysis;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteAnalysisStore
{
    public async Task ReplaceOverlapsAsync(IReadOnlyList<Overlap> overlaps, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var clear = Command(connection, transaction, "DELETE FROM overlaps;"))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = Command(connection, transaction, """
            INSERT INTO overlaps (first_key, second_key, score, known, json) VALUES ($first, $second, $score, $known, $json)
            ON CONFLICT (first_key, second_key) DO UPDATE SET score = excluded.score, known = excluded.known, json = excluded.json;
            """);
        foreach (var overlap in overlaps)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$first", overlap.FirstKey);
            insert.Parameters.AddWithValue("$second", overlap.SecondKey);
            insert.Parameters.AddWithValue("$score", overlap.Score);
            insert.Parameters.AddWithValue("$known", (object?)overlap.KnownRelation?.ToString() ?? DBNull.Value);
            insert.Parameters.AddWithValue("$json", JsonSerializer.Serialize(overlap, AnalysisJsonContext.Default.Overlap));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        transaction.Commit();
    }

    public async Task<IReadOnlyList<Overlap>> ListOverlapsAsync(double minScore, bool includeKnown, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            SELECT json FROM overlaps WHERE (score >= $min AND known IS NULL) OR ($known = 1 AND known IS NOT NULL)
            ORDER BY score DESC, first_key, second_key;
            """, ("$min", minScore), ("$known", includeKnown ? 1 : 0));
        var overlaps = new List<Overlap>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            overlaps.Add(JsonSerializer.Deserialize(reader.GetString(0), AnalysisJsonContext.Default.Overlap)!);
        }

        return overlaps;
    }

    public async Task SaveRunAsync(AnalysisRun run, AnalysisSnapshot? snapshot, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            INSERT INTO analysis_runs (id, started_at, as_of, json, snapshot) VALUES ($id, $started, $asOf, $json, $snapshot)
            ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at, as_of = excluded.as_of, json = excluded.json,
                snapshot = coalesce(excluded.snapshot, analysis_runs.snapshot);
            """,
            ("$id", run.Id), ("$started", StoredTime.Format(run.StartedAt)), ("$asOf", run.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$json", JsonSerializer.Serialize(run, AnalysisJsonContext.Default.AnalysisRun)),
            ("$snapshot", snapshot is null ? null : JsonSerializer.Serialize(snapshot, AnalysisJsonContext.Default.AnalysisSnapshot)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AnalysisRun>> ListRunsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT json FROM analysis_runs ORDER BY started_at DESC, id DESC LIMIT $limit;", ("$limit", Math.Clamp(limit, 1, 10_000)));
        var runs = new List<AnalysisRun>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(JsonSerializer.Deserialize(reader.GetString(0), AnalysisJsonContext.Default.AnalysisRun)!);
        }

        return runs;
    }

    public async Task<AnalysisRun?> GetLiveRunAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT json FROM analysis_runs WHERE as_of IS NULL ORDER BY started_at DESC, id DESC LIMIT 1;");
        return await command.ExecuteScalarAsync(cancellationToken) is string json
            ? JsonSerializer.Deserialize(json, AnalysisJsonContext.Default.AnalysisRun)
            : null;
    }

    public async Task<AnalysisSnapshot?> GetSnapshotAsync(string runId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT snapshot FROM analysis_runs WHERE id = $id;", ("$id", runId));
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonSerializer.Deserialize(json, AnalysisJsonContext.Default.AnalysisSnapshot) : null;
    }
}
