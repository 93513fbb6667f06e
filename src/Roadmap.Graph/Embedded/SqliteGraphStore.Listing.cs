using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteGraphStore
{
    public async Task<Page<Document>> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken)
    {
        var first = Math.Clamp(query.First, 0, DocumentQuery.MaxPageSize);
        var sortColumn = query.Sort switch
        {
            DocumentSort.Title => "title_sort",
            DocumentSort.Published => "coalesce(published, '')",
            _ => "key",
        };

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("WHERE 1 = 1");
        AddFilters(command, where, query);

        command.CommandText = $"SELECT count(*) FROM documents {where};";
        var total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);

        if (query.After is not null)
        {
            var (sortValue, key) = Cursor.Decode(query.After);
            var op = query.Descending ? "<" : ">";
            where.Append(CultureInfo.InvariantCulture, $" AND ({sortColumn} {op} $after_sort OR ({sortColumn} = $after_sort AND key {op} $after_key))");
            command.Parameters.AddWithValue("$after_sort", sortValue);
            command.Parameters.AddWithValue("$after_key", key);
        }

        var direction = query.Descending ? "DESC" : "ASC";
        command.CommandText = $"SELECT {sortColumn}, json FROM documents {where} ORDER BY {sortColumn} {direction}, key {direction} LIMIT $limit;";
        command.Parameters.AddWithValue("$limit", first + 1);

        var edges = new List<Edge<Document>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var document = JsonSerializer.Deserialize(reader.GetString(1), GraphJsonContext.Default.Document)!;
            edges.Add(new Edge<Document>(document, Cursor.Encode(reader.GetString(0), document.Key)));
        }

        var hasNext = edges.Count > first;
        return new Page<Document>(hasNext ? edges[..first] : edges, total, hasNext);
    }

    private static void AddFilters(SqliteCommand command, StringBuilder where, DocumentQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Body))
        {
            where.Append(" AND body = $body COLLATE NOCASE");
            command.Parameters.AddWithValue("$body", query.Body.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Committee))
        {
            // The committee itself, anything below it by reference (ISO/TC 307/WG 2) or by declared parent (ITU-T Q14/17).
            where.Append("""
                 AND (committee = $committee OR committee LIKE $committee_prefix ESCAPE '\' OR committee IN (
                    WITH RECURSIVE below(key) AS (
                        SELECT key FROM committees WHERE parent_key = $committee
                        UNION SELECT c.key FROM committees c JOIN below ON c.parent_key = below.key)
                    SELECT key FROM below))
                """);
            command.Parameters.AddWithValue("$committee", query.Committee.Trim());
            command.Parameters.AddWithValue("$committee_prefix", EscapeLike(query.Committee.Trim()) + "/%");
        }

        if (query.Stages is { Count: > 0 } stages)
        {
            var names = stages.Distinct().Select((s, i) => (Name: "$stage" + i.ToString(CultureInfo.InvariantCulture), Stage: s)).ToList();
            where.Append(CultureInfo.InvariantCulture, $" AND stage IN ({string.Join(',', names.Select(n => n.Name))})");
            foreach (var (name, stage) in names)
            {
                command.Parameters.AddWithValue(name, stage.ToString());
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var words = query.Text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length && i < 20; i++)
            {
                var name = "$word" + i.ToString(CultureInfo.InvariantCulture);
                where.Append(CultureInfo.InvariantCulture, $" AND search_text LIKE {name} ESCAPE '\\'");
                command.Parameters.AddWithValue(name, "%" + EscapeLike(words[i]) + "%");
            }
        }

        if (query.PublishedFrom is { } from)
        {
            where.Append(" AND published >= $from");
            command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.PublishedTo is { } to)
        {
            where.Append(" AND published <= $to");
            command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.Keys is { } keys)
        {
            // One JSON parameter however many keys: no statement grows with the list.
            where.Append(" AND key IN (SELECT value FROM json_each($keys))");
            command.Parameters.AddWithValue("$keys", System.Text.Json.JsonSerializer.Serialize(keys));
        }
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
