using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Committees;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteGraphStore
{
    // SQLite's default limit on host parameters is far above this; smaller chunks keep statements cheap to prepare.
    private const int KeysPerStatement = 500;

    public async Task<Document?> GetDocumentAsync(string key, CancellationToken cancellationToken)
    {
        var found = await GetDocumentsAsync([key], cancellationToken);
        return found.GetValueOrDefault(key);
    }

    public async Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await LoadDocumentsAsync(connection, null, keys, cancellationToken);
    }

    public async Task<Committee?> GetCommitteeAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM committees WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) is string json
            ? JsonSerializer.Deserialize(json, GraphJsonContext.Default.Committee)
            : null;
    }

    public async Task<IReadOnlyList<Committee>> ListCommitteesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM committees ORDER BY key;";
        return await ReadRecordsAsync(command, GraphJsonContext.Default.Committee, cancellationToken);
    }

    public async Task<IReadOnlyList<DocumentRelation>> GetRelationsAsync(string key, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT from_key, type, to_key, source FROM relations WHERE from_key = $key
            UNION ALL
            SELECT from_key, type, to_key, source FROM relations WHERE to_key = $key AND from_key <> $key
            ORDER BY 1, 2, 3;
            """;
        command.Parameters.AddWithValue("$key", key);
        var relations = new List<DocumentRelation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var type = Enum.Parse<RelationType>(reader.GetString(1));
            if (types is null || types.Count == 0 || types.Contains(type))
            {
                relations.Add(new DocumentRelation(reader.GetString(0), type, reader.GetString(2)) { Source = reader.IsDBNull(3) ? null : reader.GetString(3) });
            }
        }

        return relations;
    }

    public async Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(string key, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken)
    {
        var relations = await GetRelationsAsync(key, types, cancellationToken);
        var otherKeys = relations.Select(r => r.FromKey == key ? r.ToKey : r.FromKey).Distinct(StringComparer.Ordinal).ToList();
        var documents = await GetDocumentsAsync(otherKeys, cancellationToken);
        return relations
            .Select(r => (Relation: r, Outgoing: r.FromKey == key, Other: r.FromKey == key ? r.ToKey : r.FromKey))
            .Where(x => documents.ContainsKey(x.Other))
            .Select(x => new Neighbour(documents[x.Other], x.Relation.Type, x.Outgoing))
            .ToList();
    }

    public async Task<IReadOnlyList<DocumentChange>> GetHistoryAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document_key, kind, at, run_id, actor, fields, id FROM changes WHERE document_key = $key ORDER BY id;";
        command.Parameters.AddWithValue("$key", key);
        return await ReadChangesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<DocumentChange>> GetChangesAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document_key, kind, at, run_id, actor, fields, id FROM changes WHERE at >= $since ORDER BY at, id LIMIT $limit;";
        command.Parameters.AddWithValue("$since", since is { } s ? StoredTime.Format(s) : string.Empty);
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 100_000));
        return await ReadChangesAsync(command, cancellationToken);
    }

    // Writers take the database's write lock before inserting (IMMEDIATE transactions) and ids come from AUTOINCREMENT,
    // so ids grow in commit order: no change with a lower id can appear after a reader has seen a higher one.
    public async Task<IReadOnlyList<DocumentChange>> GetChangesAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document_key, kind, at, run_id, actor, fields, id FROM changes WHERE id > $after ORDER BY id LIMIT $limit;";
        command.Parameters.AddWithValue("$after", Math.Max(0, afterSeq));
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 100_000));
        return await ReadChangesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<CrawlRun>> ListCrawlRunsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM crawl_runs ORDER BY started_at DESC, id DESC LIMIT $limit;";
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 10_000));
        return await ReadRecordsAsync(command, GraphJsonContext.Default.CrawlRun, cancellationToken);
    }

    private const string LastChangeSeqSql = "SELECT coalesce(max(id), 0) FROM changes;";

    public async Task<long> GetLastChangeSeqAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ScalarAsync<long>(connection, LastChangeSeqSql, cancellationToken);
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return new GraphStats
        {
            Documents = (int)(await ScalarAsync<long>(connection, "SELECT count(*) FROM documents;", cancellationToken)),
            Editions = (int)(await ScalarAsync<long>(connection, "SELECT coalesce(sum(edition_count), 0) FROM documents;", cancellationToken)),
            Committees = (int)(await ScalarAsync<long>(connection, "SELECT count(*) FROM committees;", cancellationToken)),
            Relations = (int)(await ScalarAsync<long>(connection, "SELECT count(*) FROM relations;", cancellationToken)),
            ByBody = await CountsAsync(connection, "SELECT body, count(*) FROM documents GROUP BY body ORDER BY 2 DESC, 1;", cancellationToken),
            ByLifecycle = await CountsAsync(connection, "SELECT stage, count(*) FROM documents GROUP BY stage ORDER BY 2 DESC, 1;", cancellationToken),
            LastChangeAt = await ScalarAsync<string>(connection, "SELECT max(at) FROM changes;", cancellationToken) is { } last
                ? StoredTime.Parse(last)
                : null,
            LastChangeSeq = await ScalarAsync<long>(connection, LastChangeSeqSql, cancellationToken),
            ByCommittee = await CountsAsync(connection, "SELECT committee, count(*) FROM documents WHERE committee IS NOT NULL GROUP BY committee ORDER BY 2 DESC, 1 LIMIT 25;", cancellationToken),
            InForceByBody = await CountsAsync(connection, "SELECT body, count(*) FROM documents WHERE stage IN ('Published', 'UnderReview') GROUP BY body ORDER BY 2 DESC, 1;", cancellationToken),
            InForceWithoutCommittee = await CountsAsync(connection, "SELECT body, count(*) FROM documents WHERE committee IS NULL AND stage IN ('Published', 'UnderReview') GROUP BY body ORDER BY 2 DESC, 1;", cancellationToken),
        };
    }

    private static async Task<Dictionary<string, Document>> LoadDocumentsAsync(SqliteConnection connection, SqliteTransaction? transaction, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var names = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                names[i] = "$k" + i.ToString(CultureInfo.InvariantCulture);
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            command.CommandText = $"SELECT json FROM documents WHERE key IN ({string.Join(',', names)});";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var document = JsonSerializer.Deserialize(reader.GetString(0), GraphJsonContext.Default.Document)!;
                found[document.Key] = document;
            }
        }

        return found;
    }

    private static async Task<IReadOnlyList<DocumentChange>> ReadChangesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var changes = new List<DocumentChange>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new DocumentChange
            {
                DocumentKey = reader.GetString(0),
                Kind = Enum.Parse<ChangeKind>(reader.GetString(1)),
                At = StoredTime.Parse(reader.GetString(2)),
                RunId = reader.IsDBNull(3) ? null : reader.GetString(3),
                Actor = reader.GetString(4),
                Fields = JsonSerializer.Deserialize(reader.GetString(5), GraphJsonContext.Default.ListFieldChange) ?? [],
                Seq = reader.GetInt64(6),
            });
        }

        return changes;
    }

    private static async Task<IReadOnlyDictionary<string, int>> CountsAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }
}
