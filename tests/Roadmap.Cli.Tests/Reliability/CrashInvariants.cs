using Microsoft.Data.Sqlite;
using Roadmap.Graph.Embedded;

namespace Roadmap.Cli.Tests.Reliability;

/// <summary>What must hold in a data folder at any moment, even right after a SIGKILL: an intact file and no duplicate.</summary>
internal static class CrashInvariants
{
    public static async Task ShouldHoldAsync(string dataPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(dataPath, "graph.db")))
        {
            return; // killed before the store existed: nothing written, nothing to check
        }

        await using var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(dataPath));
        await store.InitializeAsync(cancellationToken);
        (await store.CheckIntegrityAsync(cancellationToken)).ShouldBe("ok", $"PRAGMA integrity_check of {dataPath}");

        await using var connection = new SqliteConnection($"Data Source={store.DatabasePath}");
        await connection.OpenAsync(cancellationToken);
        (await ListAsync(connection, "SELECT designation FROM documents GROUP BY lower(designation) HAVING COUNT(*) > 1;", cancellationToken))
            .ShouldBeEmpty("no two documents carry the same designation");
        (await ListAsync(connection, "SELECT document_key FROM changes WHERE kind = 'Added' GROUP BY document_key HAVING COUNT(*) > 1;", cancellationToken))
            .ShouldBeEmpty("no document was added twice");
        (await ListAsync(connection, "SELECT d.key FROM documents d, json_each(d.json, '$.editions') e GROUP BY d.key, json_extract(e.value, '$.id') HAVING COUNT(*) > 1;", cancellationToken))
            .ShouldBeEmpty("no edition is stored twice in a document");
        (await ListAsync(connection, "SELECT key FROM documents WHERE json_valid(json) = 0;", cancellationToken))
            .ShouldBeEmpty("every stored document record is whole");
    }

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
