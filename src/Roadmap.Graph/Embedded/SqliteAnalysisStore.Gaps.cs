using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Gaps;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteAnalysisStore
{
    private const string GapColumns = "json, version, updated_at";

    public async Task SaveGapsAsync(IReadOnlyList<Gap> gaps, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = _time.GetUtcNow();
        foreach (var gap in gaps)
        {
            var stored = await ReadGapAsync(connection, transaction, gap.Id, cancellationToken);
            if (stored is null)
            {
                await WriteGapAsync(connection, transaction, gap with { Version = 1, UpdatedAt = now }, cancellationToken);
            }
            else if ((gap.Version == 0 || gap.Version == stored.Version) && !SameContent(stored, gap))
            {
                await WriteGapAsync(connection, transaction, gap with { Version = stored.Version + 1, UpdatedAt = now }, cancellationToken);
            }

            // Otherwise unchanged (the version stays), or read before a concurrent change, which wins (the next run sees it).
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
        await using var command = Command(connection, null, $"SELECT {GapColumns} FROM gaps WHERE $status IS NULL OR status = $status ORDER BY priority DESC, id;", ("$status", status?.ToString()));
        var gaps = new List<Gap>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            gaps.Add(ReadGap(reader));
        }

        return gaps;
    }

    public async Task<bool> SetGapStatusAsync(string id, GapStatusChange change, CancellationToken cancellationToken) =>
        (await UpdateGapAsync(id, new GapEdit { StatusChange = change }, cancellationToken)).Outcome == GapEditOutcome.Updated;

    public async Task<bool> AddGapNoteAsync(string id, GapNote note, CancellationToken cancellationToken) =>
        (await UpdateGapAsync(id, new GapEdit { Note = note }, cancellationToken)).Outcome == GapEditOutcome.Updated;

    // Read, check and write in one IMMEDIATE transaction, so two editors' changes to one gap never lose each other.
    public async Task<GapEditResult> UpdateGapAsync(string id, GapEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (await ReadGapAsync(connection, transaction, id, cancellationToken) is not { } gap)
        {
            return new GapEditResult(GapEditOutcome.NotFound, null);
        }

        if (edit.ExpectedVersion is { } expected && expected != gap.Version)
        {
            return new GapEditResult(GapEditOutcome.Conflict, gap);
        }

        var updated = edit.ApplyTo(gap, _time.GetUtcNow());
        await WriteGapAsync(connection, transaction, updated, cancellationToken);
        transaction.Commit();
        return new GapEditResult(GapEditOutcome.Updated, updated);
    }

    private static bool SameContent(Gap stored, Gap candidate) =>
        JsonSerializer.Serialize(stored with { Version = 0, UpdatedAt = null }, AnalysisJsonContext.Default.Gap)
        == JsonSerializer.Serialize(candidate with { Version = 0, UpdatedAt = null }, AnalysisJsonContext.Default.Gap);

    private static async Task<Gap?> ReadGapAsync(SqliteConnection connection, SqliteTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT {GapColumns} FROM gaps WHERE id = $id;", ("$id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadGap(reader) : null;
    }

    // The columns are the truth for the version and its time; the JSON keeps everything else.
    private static Gap ReadGap(SqliteDataReader reader) =>
        JsonSerializer.Deserialize(reader.GetString(0), AnalysisJsonContext.Default.Gap)! with
        {
            Version = reader.GetInt32(1),
            UpdatedAt = reader.IsDBNull(2) ? null : StoredTime.Parse(reader.GetString(2)),
        };

    private static async Task WriteGapAsync(SqliteConnection connection, SqliteTransaction transaction, Gap gap, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            INSERT INTO gaps (id, topic_id, status, priority, editor_created, json, version, updated_at)
            VALUES ($id, $topic, $status, $priority, $editor, $json, $version, $updated)
            ON CONFLICT (id) DO UPDATE SET topic_id = excluded.topic_id, status = excluded.status, priority = excluded.priority,
                editor_created = excluded.editor_created, json = excluded.json, version = excluded.version, updated_at = excluded.updated_at;
            """,
            ("$id", gap.Id), ("$topic", gap.TopicId), ("$status", gap.Status.ToString()), ("$priority", gap.Priority),
            ("$editor", gap.EditorCreated ? 1 : 0), ("$json", JsonSerializer.Serialize(gap, AnalysisJsonContext.Default.Gap)),
            ("$version", gap.Version), ("$updated", gap.UpdatedAt is { } at ? StoredTime.Format(at) : null));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
