using System.Globalization;
using System.Text.Json;
using Roadmap.Core.Analysis;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Neo4j.State;

public sealed partial class Neo4jAnalysisStore
{
    public async Task ReplaceClassificationsAsync(IReadOnlyCollection<string>? documentKeys, IReadOnlyList<TopicAssignment> assignments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var replaced = documentKeys?.Distinct(StringComparer.Ordinal).ToList();
        var cleared = replaced?.ToHashSet(StringComparer.Ordinal);

        // A later assignment of the same pair wins, as SQLite's upsert has it. Rows of documents not being replaced are
        // upserted beside what they have, as SQLite does with them.
        var wanted = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        var others = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var pair = Pair(assignment.DocumentKey, assignment.TopicId);
            (cleared is null || cleared.Contains(assignment.DocumentKey) ? wanted : others)[pair] = ClassificationRow(pair, assignment);
        }

        await Client.WriteAsync(
            async (tx, ct) =>
            {
                await LockAsync(tx, CypherStatements.ClassificationsLock, ct);
                var stored = new Dictionary<string, (double Score, string Evidence)>(StringComparer.Ordinal);
                foreach (var record in await ReadClassificationsAsync(tx, replaced, ct))
                {
                    stored[record.RequiredString("pair")] = (Score(record), record.RequiredString("evidence"));
                }

                var diff = ClassificationDiff.Between(stored, wanted);
                await _graph.RunChunkedAsync(tx, CypherStatements.RekeyClassifications, "rows", diff.Rekeyed, ct);
                await _graph.RunChunkedAsync(tx, CypherStatements.DeleteClassificationPairs, "pairs", diff.Deleted, ct);
                await _graph.RunChunkedAsync(tx, CypherStatements.CreateClassifications, "rows", diff.Created, ct);
                await _graph.RunChunkedAsync(tx, CypherStatements.UpdateClassifications, "rows", diff.Updated, ct);
                await _graph.RunChunkedAsync(tx, CypherStatements.MergeClassifications, "rows", [.. others.Values], ct);
                return true;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<TopicAssignment>> GetClassificationsAsync(IReadOnlyCollection<string>? documentKeys, CancellationToken cancellationToken)
    {
        var keys = documentKeys?.Distinct(StringComparer.Ordinal).ToList();
        if (keys is { Count: 0 })
        {
            return [];
        }

        var records = await ReadLockedAsync(CypherStatements.ClassificationsLock, (tx, ct) => ReadClassificationsAsync(tx, keys, ct), cancellationToken);
        var assignments = records.Select(ReadAssignment);
        return keys is null
            ? [.. assignments]
            : [.. assignments.OrderBy(a => a.DocumentKey, StringComparer.Ordinal).ThenBy(a => a.TopicId, StringComparer.Ordinal)];
    }

    public Task SaveDecisionAsync(EditorDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Client.RunAsync(
            new CypherStatement(
                CypherStatements.SaveDecision,
                Parameters(
                    ("pair", Pair(decision.DocumentKey, decision.TopicId)),
                    ("documentKey", decision.DocumentKey),
                    ("topicId", decision.TopicId),
                    ("kind", decision.Kind.ToString()),
                    ("editor", decision.Editor),
                    ("at", StoredTime.Format(decision.At)),
                    ("note", decision.Note))),
            cancellationToken);
    }

    public async Task<bool> RemoveDecisionAsync(string documentKey, string topicId, CancellationToken cancellationToken)
    {
        var result = await Client.RunAsync(new CypherStatement(CypherStatements.RemoveDecision, Parameters(("pair", Pair(documentKey, topicId)))), cancellationToken);
        return result.SingleLong("removed") > 0;
    }

    public async Task<IReadOnlyList<EditorDecision>> GetDecisionsAsync(CancellationToken cancellationToken)
    {
        var result = await Client.RunAsync(new CypherStatement(CypherStatements.ListDecisions), cancellationToken);
        return [.. result.Records.Select(r => new EditorDecision
        {
            DocumentKey = r.RequiredString("documentKey"),
            TopicId = r.RequiredString("topicId"),
            Kind = Enum.Parse<DecisionKind>(r.RequiredString("kind")),
            Editor = r.RequiredString("editor"),
            At = StoredTime.Parse(r.RequiredString("at")),
            Note = r.String("note"),
        })];
    }

    /// <summary>The classifications of the given documents (all, by document and topic, when null), read in <paramref name="tx"/>.</summary>
    private async Task<List<CypherRecord>> ReadClassificationsAsync(ICypherTransaction tx, IReadOnlyList<string>? keys, CancellationToken cancellationToken)
    {
        var statements = keys is null
            ? [new CypherStatement(CypherStatements.AllClassifications)]
            : keys.Chunk(BatchSize).Select(chunk => new CypherStatement(CypherStatements.ClassificationsOf, Parameters(("keys", chunk)))).ToList();
        var records = new List<CypherRecord>();
        foreach (var statement in statements)
        {
            records.AddRange((await tx.RunAsync(statement, cancellationToken)).Records);
        }

        return records;
    }

    // Score and evidence as SQLite keeps them: the score a property, the evidence its JSON list.
    private static Dictionary<string, object?> ClassificationRow(string pair, TopicAssignment assignment) => new(StringComparer.Ordinal)
    {
        ["pair"] = pair,
        ["documentKey"] = assignment.DocumentKey,
        ["topicId"] = assignment.TopicId,
        ["score"] = assignment.Score,
        ["evidence"] = JsonSerializer.Serialize(assignment.Evidence.ToList(), AnalysisJsonContext.Default.ListClassificationEvidence),
    };

    private static TopicAssignment ReadAssignment(CypherRecord record) => new()
    {
        DocumentKey = record.RequiredString("documentKey"),
        TopicId = record.RequiredString("topicId"),
        Score = Score(record),
        Evidence = JsonSerializer.Deserialize(record.RequiredString("evidence"), AnalysisJsonContext.Default.ListClassificationEvidence) ?? [],
    };

    private static double Score(CypherRecord record) => Convert.ToDouble(record["score"], CultureInfo.InvariantCulture);
}
