using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Data.Sqlite;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteGraphStore
{
    /// <summary>Runs a query whose first column is a stored record's JSON and reads every row back into records.</summary>
    private static async Task<IReadOnlyList<T>> ReadRecordsAsync<T>(SqliteCommand command, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var records = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(JsonSerializer.Deserialize(reader.GetString(0), type)!);
        }

        return records;
    }
}
