using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Analysis;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteAnalysisStore
{
    private const int KeysPerStatement = 500;

    public async Task ReplaceClassificationsAsync(IReadOnlyCollection<string>? documentKeys, IReadOnlyList<TopicAssignment> assignments, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (documentKeys is null)
        {
            await using var clear = Command(connection, transaction, "DELETE FROM classifications;");
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            await using var delete = Command(connection, transaction, "DELETE FROM classifications WHERE document_key = $key;");
            var key = delete.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
            foreach (var documentKey in documentKeys)
            {
                key.Value = documentKey;
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using var insert = Command(connection, transaction, """
            INSERT INTO classifications (document_key, topic_id, score, evidence) VALUES ($key, $topic, $score, $evidence)
            ON CONFLICT (document_key, topic_id) DO UPDATE SET score = excluded.score, evidence = excluded.evidence;
            """);
        foreach (var name in new[] { "$key", "$topic", "$score", "$evidence" })
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        foreach (var assignment in assignments)
        {
            insert.Parameters["$key"].Value = assignment.DocumentKey;
            insert.Parameters["$topic"].Value = assignment.TopicId;
            insert.Parameters["$score"].Value = assignment.Score;
            insert.Parameters["$evidence"].Value = JsonSerializer.Serialize(assignment.Evidence.ToList(), AnalysisJsonContext.Default.ListClassificationEvidence);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        transaction.Commit();
    }

    public async Task<IReadOnlyList<TopicAssignment>> GetClassificationsAsync(IReadOnlyCollection<string>? documentKeys, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var result = new List<TopicAssignment>();
        if (documentKeys is null)
        {
            await using var all = Command(connection, null, "SELECT document_key, topic_id, score, evidence FROM classifications ORDER BY document_key, topic_id;");
            await ReadAssignmentsAsync(all, result, cancellationToken);
            return result;
        }

        foreach (var chunk in documentKeys.Distinct(StringComparer.Ordinal).Chunk(KeysPerStatement))
        {
            var names = chunk.Select((_, i) => "$k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            await using var some = Command(connection, null, $"SELECT document_key, topic_id, score, evidence FROM classifications WHERE document_key IN ({string.Join(',', names)}) ORDER BY document_key, topic_id;",
                [.. names.Zip(chunk, (n, k) => (n, (object?)k))]);
            await ReadAssignmentsAsync(some, result, cancellationToken);
        }

        return result;
    }

    public async Task SaveDecisionAsync(EditorDecision decision, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            INSERT INTO editor_decisions (document_key, topic_id, kind, editor, at, note) VALUES ($key, $topic, $kind, $editor, $at, $note)
            ON CONFLICT (document_key, topic_id) DO UPDATE SET kind = excluded.kind, editor = excluded.editor, at = excluded.at, note = excluded.note;
            """,
            ("$key", decision.DocumentKey), ("$topic", decision.TopicId), ("$kind", decision.Kind.ToString()), ("$editor", decision.Editor), ("$at", StoredTime.Format(decision.At)), ("$note", decision.Note));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> RemoveDecisionAsync(string documentKey, string topicId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "DELETE FROM editor_decisions WHERE document_key = $key AND topic_id = $topic;", ("$key", documentKey), ("$topic", topicId));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<EditorDecision>> GetDecisionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT document_key, topic_id, kind, editor, at, note FROM editor_decisions ORDER BY document_key, topic_id;");
        var decisions = new List<EditorDecision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            decisions.Add(new EditorDecision
            {
                DocumentKey = reader.GetString(0),
                TopicId = reader.GetString(1),
                Kind = Enum.Parse<DecisionKind>(reader.GetString(2)),
                Editor = reader.GetString(3),
                At = StoredTime.Parse(reader.GetString(4)),
                Note = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
        }

        return decisions;
    }

    private static async Task ReadAssignmentsAsync(SqliteCommand command, List<TopicAssignment> into, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            into.Add(new TopicAssignment
            {
                DocumentKey = reader.GetString(0),
                TopicId = reader.GetString(1),
                Score = reader.GetDouble(2),
                Evidence = JsonSerializer.Deserialize(reader.GetString(3), AnalysisJsonContext.Default.ListClassificationEvidence) ?? [],
            });
        }
    }
}
