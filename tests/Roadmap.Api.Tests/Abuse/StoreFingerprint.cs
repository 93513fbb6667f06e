using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Roadmap.Api.Tests.Abuse;

/// <summary>A hash of everything the graph store holds (documents, committees, relations, changes, runs, audit), to prove a request wrote nothing.</summary>
internal static class StoreFingerprint
{
    private static readonly string[] Queries =
    [
        "SELECT key || ' ' || hash FROM documents ORDER BY key",
        "SELECT key || ' ' || json FROM committees ORDER BY key",
        "SELECT from_key || ' ' || type || ' ' || to_key FROM relations ORDER BY 1",
        "SELECT id || ' ' || document_key || ' ' || kind FROM changes ORDER BY id",
        "SELECT id FROM crawl_runs ORDER BY id",
        "SELECT id || ' ' || action || ' ' || target FROM audit_log ORDER BY id",
    ];

    public static async Task<string> ReadAsync(string dataPath, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "graph.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var sql in Queries)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(reader.GetString(0) + "\n"));
            }

            hash.AppendData("--\n"u8);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
