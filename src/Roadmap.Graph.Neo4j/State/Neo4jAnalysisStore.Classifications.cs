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

        // A later assignment of the same pair wins, as SQLite's upsert has it. Rows of cleared documents can simply be created;
        // rows of others (not asked to be replaced) may meet a stored pair and are merged.
        var rows = new Dictionary<string, (string DocumentKey, Dictionary<string, object?> Row)>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var pair = Pair(assignment.DocumentKey, assignment.TopicId);
            rows[pair] = (assignment.DocumentKey, ClassificationRow(pair, assignment));
        }

        var created = rows.Values.Where(r => cleared is null || cleared.Contains(r.DocumentKey)).Select(r => (object?)r.Row).ToList();
        var merged = rows.Values.Where(r => cleared is not null && !cleared.Contains(r.DocumentKey)).Select(r => (object?)r.Row).ToList();

        await Client.WriteAsync(
            async (tx, ct) =>
            {
                await LockAsync(tx, CypherStatements.ClassificationsLock, ct);
                if (replaced is null)
                {
                    await DeleteAllAsync(tx, CypherStatements.DeleteSomeClassifications, ct);
                }
                else
                {
                    await RunChunkedAsync(tx, CypherStatements.DeleteClassificationsOf, "keys", [.. replaced], ct);
                }

                await RunChunkedAsync(tx, CypherStatements.CreateClassifications, "rows", created, ct);
                await RunChunkedAsync(tx, CypherStatements.MergeClassifications, "rows", merged, ct);
                return true;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<TopicAssignment>> GetClassificationsAsync(IReadOnlyCollection<string>? documentKeys, CancellationToken cancellationToken)
    {
        if (documentKeys is null)
        {
            var all = await Client.RunAsync(new CypherStatement(CypherStatements.AllClassifications), cancellationToken);
            return [.. all.Records.Select(ReadAssignment)];
        }

        var keys = documentKeys.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        var statements = keys.Chunk(BatchSize).Select(chunk => new CypherStatement(CypherStatements.ClassificationsOf, Parameters(("keys", chunk)))).ToList();
        var results = await Client.RunAsync(statements, cancellationToken);
        return [.. results.SelectMany(r => r.Records).Select(ReadAssignment)
            .OrderBy(a => a.DocumentKey, StringComparer.Ordinal).ThenBy(a => a.TopicId, StringComparer.Ordinal)];
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
        Score = Convert.ToDouble(record["score"], CultureInfo.InvariantCulture),
        Evidence = JsonSerializer.Deserialize(record.RequiredString("evidence"), AnalysisJsonContext.Default.ListClassificationEvidence) ?? [],
    };
}
