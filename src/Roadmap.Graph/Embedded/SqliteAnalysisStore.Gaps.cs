using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Gaps;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteAnalysisStore
{
    public async Task SaveGapsAsync(IReadOnlyList<Gap> gaps, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var gap in gaps)
        {
            await WriteGapAsync(connection, transaction, gap, cancellationToken);
        }

        transaction.Commit();
    }

    public async Task<Gap?> GetGapAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadGapAsync(connection, null, id, cancellationToken);
    }

    public async Task<IReadOnlyList<Gap>> ListGapsAsync(GapStatus? status, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT json FROM gaps WHERE $status IS NULL OR status = $status ORDER BY priority DESC, id;", ("$status", status?.ToString()));
        var gaps = new List<Gap>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            gaps.Add(JsonSerializer.Deserialize(reader.GetString(0), AnalysisJsonContext.Default.Gap)!);
        }

        return gaps;
    }

    public Task<bool> SetGapStatusAsync(string id, GapStatusChange change, CancellationToken cancellationToken) =>
        UpdateGapAsync(id, gap => gap with { Status = change.To, History = [.. gap.History, change with { From = gap.Status }] }, cancellationToken);

    public Task<bool> AddGapNoteAsync(string id, GapNote note, CancellationToken cancellationToken) =>
        UpdateGapAsync(id, gap => gap with { Notes = [.. gap.Notes, note] }, cancellationToken);

    // Read and write in one IMMEDIATE transaction, so two editors' changes to one gap never lose each other.
    private async Task<bool> UpdateGapAsync(string id, Func<Gap, Gap> update, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (await ReadGapAsync(connection, transaction, id, cancellationToken) is not { } gap)
        {
            return false;
        }

        await WriteGapAsync(connection, transaction, update(gap), cancellationToken);
        transaction.Commit();
        return true;
    }

    private static async Task<Gap?> ReadGapAsync(SqliteConnection connection, SqliteTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT json FROM gaps WHERE id = $id;", ("$id", id));
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonSerializer.Deserialize(json, AnalysisJsonContext.Default.Gap) : null;
    }

    private static async Task WriteGapAsync(SqliteConnection connection, SqliteTransaction transaction, Gap gap, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            INSERT INTO gaps (id, topic_id, status, priority, editor_created, json) VALUES ($id, $topic, $status, $priority, $editor, $json)
            ON CONFLICT (id) DO UPDATE SET topic_id = excluded.topic_id, status = excluded.status, priority = excluded.priority,
                editor_created = excluded.editor_created, json = excluded.json;
            """,
            ("$id", gap.Id), ("$topic", gap.TopicId), ("$status", gap.Status.ToString()), ("$priority", gap.Priority),
            ("$editor", gap.EditorCreated ? 1 : 0), ("$json", JsonSerializer.Serialize(gap, AnalysisJsonContext.Default.Gap)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
