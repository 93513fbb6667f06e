using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Committees;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Embedded;

/// <summary>The liaison registry in the embedded store: one row per unordered committee pair.</summary>
public sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyList<CommitteeLiaison>> ListLiaisonsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM liaisons ORDER BY first_key, second_key;";
        return await ReadRecordsAsync(command, GraphJsonContext.Default.CommitteeLiaison, cancellationToken);
    }

    public async Task<bool> RemoveLiaisonAsync(string firstCommittee, string secondCommittee, CancellationToken cancellationToken)
    {
        var (first, second) = CommitteeLiaison.Order(firstCommittee, secondCommittee);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM liaisons WHERE first_key = $first AND second_key = $second;";
        command.Parameters.AddWithValue("$first", first);
        command.Parameters.AddWithValue("$second", second);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private static async Task WriteLiaisonsAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<CommitteeLiaison> liaisons, CancellationToken cancellationToken)
    {
        if (liaisons.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO liaisons (first_key, second_key, json) VALUES ($first, $second, $json)
            ON CONFLICT (first_key, second_key) DO UPDATE SET json = excluded.json;
            """;
        var first = command.Parameters.Add(new SqliteParameter { ParameterName = "$first" });
        var second = command.Parameters.Add(new SqliteParameter { ParameterName = "$second" });
        var json = command.Parameters.Add(new SqliteParameter { ParameterName = "$json" });
        foreach (var liaison in liaisons.Select(l => l.Ordered()))
        {
            (first.Value, second.Value) = (liaison.FirstCommittee, liaison.SecondCommittee);
            json.Value = JsonSerializer.Serialize(liaison, GraphJsonContext.Default.CommitteeLiaison);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
