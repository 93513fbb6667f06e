using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Roadmap.Graph.Embedded;

/// <summary>Applies the ordered SQL files of <c>schema/sqlite/</c> (embedded in this assembly) that the store has not seen yet.</summary>
internal static class SqliteMigrations
{
    private const string Prefix = "Roadmap.Graph.Migrations.";

    public static async Task ApplyAsync(SqliteConnection connection, string appMarker, int targetVersion, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        foreach (var (version, sql) in Scripts().Where(s => s.Version > current && s.Version <= targetVersion))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
            current = version;
        }

        await using (var meta = connection.CreateCommand())
        {
            meta.Transaction = transaction;
            meta.CommandText = """
                INSERT INTO meta (key, value) VALUES ('app', $app), ('schema_version', $version)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value;
                """;
            meta.Parameters.AddWithValue("$app", appMarker);
            meta.Parameters.AddWithValue("$version", current.ToString(CultureInfo.InvariantCulture));
            await meta.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta';";
        if ((long)(await command.ExecuteScalarAsync(cancellationToken))! == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT value FROM meta WHERE key = 'schema_version';";
        return await command.ExecuteScalarAsync(cancellationToken) is string text ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
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
