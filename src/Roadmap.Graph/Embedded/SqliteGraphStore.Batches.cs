using System.Globalization;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Documents;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DocumentRelation>>> GetRelationsForAsync(
        IReadOnlyCollection<string> keys, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var wanted = keys.Distinct(StringComparer.Ordinal).ToList();
        var found = wanted.ToDictionary(k => k, _ => new List<DocumentRelation>(), StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var chunk in wanted.Chunk(KeysPerStatement))
        {
            await using var command = connection.CreateCommand();
            var names = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                names[i] = "$k" + i.ToString(CultureInfo.InvariantCulture);
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            var list = string.Join(',', names);
            command.CommandText = $"""
                SELECT from_key, type, to_key, source FROM relations WHERE from_key IN ({list})
                UNION
                SELECT from_key, type, to_key, source FROM relations WHERE to_key IN ({list})
                ORDER BY 1, 2, 3;
                """;
            await ReadRelationsAsync(command, types, found, cancellationToken);
        }

        return found.ToDictionary(p => p.Key, p => (IReadOnlyList<DocumentRelation>)p.Value, StringComparer.Ordinal);
    }

    private static async Task ReadRelationsAsync(SqliteCommand command, IReadOnlyCollection<RelationType>? types, Dictionary<string, List<DocumentRelation>> found, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var type = Enum.Parse<RelationType>(reader.GetString(1));
            if (types is { Count: > 0 } && !types.Contains(type))
            {
                continue;
            }

            var relation = new DocumentRelation(reader.GetString(0), type, reader.GetString(2)) { Source = reader.IsDBNull(3) ? null : reader.GetString(3) };
            if (found.TryGetValue(relation.FromKey, out var from))
            {
                from.Add(relation);
            }

            if (relation.ToKey != relation.FromKey && found.TryGetValue(relation.ToKey, out var to))
            {
                to.Add(relation);
            }
        }
    }
}
