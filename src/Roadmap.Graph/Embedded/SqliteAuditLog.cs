using System.Text;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Audit;

namespace Roadmap.Graph.Embedded;

/// <summary>The audit trail in the data folder's SQLite database (table <c>audit_log</c>, migration 003).</summary>
public sealed class SqliteAuditLog(string databasePath) : IAuditLog
{
    private readonly string _connectionString = ServiceDatabase.ConnectionString(databasePath);

    /// <summary>Opens the trail of a data folder, creating or migrating its database.</summary>
    public static async Task<SqliteAuditLog> OpenAsync(DataDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        await ServiceDatabase.EnsureAsync(directory.GraphDatabasePath, cancellationToken);
        return new SqliteAuditLog(directory.GraphDatabasePath);
    }

    public async Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO audit_log (at, actor, role, action, target, before, after, note)
            VALUES ($at, $actor, $role, $action, $target, $before, $after, $note) RETURNING id;
            """;
        command.Parameters.AddWithValue("$at", StoredTime.Format(entry.At));
        command.Parameters.AddWithValue("$actor", entry.Actor);
        command.Parameters.AddWithValue("$role", entry.Role);
        command.Parameters.AddWithValue("$action", entry.Action);
        command.Parameters.AddWithValue("$target", entry.Target);
        command.Parameters.AddWithValue("$before", ServiceDatabase.Nullable(entry.Before));
        command.Parameters.AddWithValue("$after", ServiceDatabase.Nullable(entry.After));
        command.Parameters.AddWithValue("$note", ServiceDatabase.Nullable(entry.Note));
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return entry with { Id = id };
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("WHERE 1 = 1");
        Filter(command, where, "actor", "$actor", query.Actor);
        Filter(command, where, "action", "$action", query.Action);
        Filter(command, where, "target", "$target", query.Target);
        if (query.Since is { } since)
        {
            where.Append(" AND at >= $since");
            command.Parameters.AddWithValue("$since", StoredTime.Format(since));
        }

        if (query.BeforeId is { } beforeId)
        {
            where.Append(" AND id < $before_id");
            command.Parameters.AddWithValue("$before_id", beforeId);
        }

        command.CommandText = $"SELECT id, at, actor, role, action, target, before, after, note FROM audit_log {where} ORDER BY id DESC LIMIT $limit;";
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, AuditQuery.MaxLimit));
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry
            {
                Id = reader.GetInt64(0),
                At = StoredTime.Parse(reader.GetString(1)),
                Actor = reader.GetString(2),
                Role = reader.GetString(3),
                Action = reader.GetString(4),
                Target = reader.GetString(5),
                Before = reader.IsDBNull(6) ? null : reader.GetString(6),
                After = reader.IsDBNull(7) ? null : reader.GetString(7),
                Note = reader.IsDBNull(8) ? null : reader.GetString(8),
            });
        }

        return entries;
    }

    private static void Filter(SqliteCommand command, StringBuilder where, string column, string parameter, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            where.Append(" AND ").Append(column).Append(" = ").Append(parameter);
            command.Parameters.AddWithValue(parameter, value.Trim());
        }
    }
}
