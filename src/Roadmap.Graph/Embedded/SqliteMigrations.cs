using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Roadmap.Graph.Embedded;

/// <summary>
/// Applies the ordered SQL files of <c>schema/sqlite/</c> (embedded in this assembly) that the store has not seen yet.
/// Applied versions are recorded one by one (meta <c>migrations</c>), so a migration numbered below one already applied
/// (written on a parallel branch) still runs; stores from before that record count every version up to theirs as applied.
/// </summary>
internal static class SqliteMigrations
{
    private const string Prefix = "Roadmap.Graph.Migrations.";

    public static async Task ApplyAsync(SqliteConnection connection, string appMarker, int targetVersion, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var applied = await AppliedAsync(connection, transaction, cancellationToken);
        foreach (var (version, sql) in Scripts().Where(s => s.Version <= targetVersion && !applied.Contains(s.Version)))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
            applied.Add(version);
        }

        await using (var meta = connection.CreateCommand())
        {
            meta.Transaction = transaction;
            meta.CommandText = """
                INSERT INTO meta (key, value) VALUES ('app', $app), ('schema_version', $version), ('migrations', $migrations)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value;
                """;
            meta.Parameters.AddWithValue("$app", appMarker);
            meta.Parameters.AddWithValue("$version", (applied.Count == 0 ? 0 : applied.Max()).ToString(CultureInfo.InvariantCulture));
            meta.Parameters.AddWithValue("$migrations", string.Join(',', applied.Order().Select(v => v.ToString(CultureInfo.InvariantCulture))));
            await meta.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<HashSet<int>> AppliedAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta';";
        if ((long)(await command.ExecuteScalarAsync(cancellationToken))! == 0)
        {
            return [];
        }

        command.CommandText = "SELECT value FROM meta WHERE key = 'migrations';";
        if (await command.ExecuteScalarAsync(cancellationToken) is string list)
        {
            return [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
        }

        command.CommandText = "SELECT value FROM meta WHERE key = 'schema_version';";
        var version = await command.ExecuteScalarAsync(cancellationToken) is string text ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
        return [.. Enumerable.Range(1, version)];
    }

    private static IEnumerable<(int Version, string Sql)> Scripts()
    {
        var assembly = typeof(SqliteMigrations).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n[Prefix.Length..].Split('_')[0], CultureInfo.InvariantCulture), Sql: Read(assembly, n)))
            .OrderBy(s => s.Version);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
