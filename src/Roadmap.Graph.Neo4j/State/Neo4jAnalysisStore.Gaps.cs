using System.Text.Json;
using Roadmap.Core.Gaps;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Neo4j.State;

public sealed partial class Neo4jAnalysisStore
{
    // An edit without an expected version re-reads and re-applies when another writer got in between; it gives up (a
    // conflict) only if that keeps happening, which would take a gap changed more often than an edit can round-trip.
    private const int EditAttempts = 8;

    public async Task SaveGapsAsync(IReadOnlyList<Gap> gaps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        if (gaps.Count == 0)
        {
            return;
        }

        // One transaction; each gap's write is conditional on the version read here, so a gap an editor changed meanwhile
        // is left as the editor made it (the next run sees it), exactly as a record carrying a stale version is.
        await Client.WriteAsync(
            async (tx, ct) =>
            {
                var stored = await ReadGapsAsync(tx, gaps.Select(g => g.Id), ct);
                var now = _time.GetUtcNow();
                var rows = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var gap in gaps)
                {
                    // A gap listed twice is compared with what the earlier entry wrote, as SQLite's sequential upserts do.
                    stored.TryGetValue(gap.Id, out var before);
                    Gap? written = null;
                    if (before is null)
                    {
                        written = gap with { Version = 1, UpdatedAt = now };
                    }
                    else if ((gap.Version == 0 || gap.Version == before.Version) && !SameContent(before, gap))
                    {
                        written = gap with { Version = before.Version + 1, UpdatedAt = now };
                    }

                    if (written is not null)
                    {
                        var readVersion = rows.TryGetValue(gap.Id, out var earlier) ? ((Dictionary<string, object?>)earlier!)["readVersion"] : before?.Version ?? 0;
                        var row = GapRow(written);
                        row["readVersion"] = readVersion;
                        rows[gap.Id] = row;
                        stored[gap.Id] = written;
                    }
                }

                await _graph.RunChunkedAsync(tx, CypherStatements.WriteGapsIfVersion, "rows", [.. rows.Values], ct);
                return true;
            },
            cancellationToken);
    }

    public async Task<Gap?> GetGapAsync(string id, CancellationToken cancellationToken)
    {
        var result = await Client.RunAsync(new CypherStatement(CypherStatements.ReadGap, Parameters(("id", id))), cancellationToken);
        return result.Records.Select(ReadGap).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Gap>> ListGapsAsync(GapStatus? status, CancellationToken cancellationToken)
    {
        var result = await Client.RunAsync(new CypherStatement(CypherStatements.ListGaps, Parameters(("status", status?.ToString()))), cancellationToken);
        return [.. result.Records.Select(ReadGap)];
    }

    public async Task<bool> SetGapStatusAsync(string id, GapStatusChange change, CancellationToken cancellationToken) =>
        (await UpdateGapAsync(id, new GapEdit { StatusChange = change }, cancellationToken)).Outcome == GapEditOutcome.Updated;

    public async Task<bool> AddGapNoteAsync(string id, GapNote note, CancellationToken cancellationToken) =>
        (await UpdateGapAsync(id, new GapEdit { Note = note }, cancellationToken)).Outcome == GapEditOutcome.Updated;

    // Read, check, apply, then one conditional write that lands only on the version read: of two instances editing at once
    // exactly one succeeds; the other re-reads and answers a conflict (when it expected a version) or tries again.
    public async Task<GapEditResult> UpdateGapAsync(string id, GapEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        Gap? gap = null;
        for (var attempt = 0; attempt < EditAttempts; attempt++)
        {
            gap = await GetGapAsync(id, cancellationToken);
            if (gap is null)
            {
                return new GapEditResult(GapEditOutcome.NotFound, null);
            }

            if (edit.ExpectedVersion is { } expected && expected != gap.Version)
            {
                return new GapEditResult(GapEditOutcome.Conflict, gap);
            }

            var updated = edit.ApplyTo(gap, _time.GetUtcNow());
            var parameters = GapRow(updated);
            parameters["readVersion"] = gap.Version;
            var written = await Client.RunAsync(new CypherStatement(CypherStatements.UpdateGapIfVersion, parameters), cancellationToken);
            if (written.Rows.Count == 1)
            {
                return new GapEditResult(GapEditOutcome.Updated, updated);
            }
        }

        return new GapEditResult(GapEditOutcome.Conflict, await GetGapAsync(id, cancellationToken) ?? gap);
    }

    private static bool SameContent(Gap stored, Gap candidate) =>
        JsonSerializer.Serialize(stored with { Version = 0, UpdatedAt = null }, AnalysisJsonContext.Default.Gap)
        == JsonSerializer.Serialize(candidate with { Version = 0, UpdatedAt = null }, AnalysisJsonContext.Default.Gap);

    private async Task<Dictionary<string, Gap>> ReadGapsAsync(ICypherTransaction tx, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, Gap>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var result = await tx.RunAsync(new CypherStatement(CypherStatements.ReadGaps, Parameters(("ids", chunk))), cancellationToken);
            foreach (var gap in result.Records.Select(ReadGap))
            {
                stored[gap.Id] = gap;
            }
        }

        return stored;
    }

    // The properties are the truth for the version and its time; the JSON keeps everything else (as SQLite's columns do).
    private static Gap ReadGap(CypherRecord record) =>
        (JsonSerializer.Deserialize(record.RequiredString("json"), AnalysisJsonContext.Default.Gap) ?? throw new JsonException("a stored gap is null")) with
        {
            Version = checked((int)record.Long("version")),
            UpdatedAt = record.String("updatedAt") is { } at ? StoredTime.Parse(at) : null,
        };

    private static Dictionary<string, object?> GapRow(Gap gap) => new(StringComparer.Ordinal)
    {
        ["id"] = gap.Id,
        ["topicId"] = gap.TopicId,
        ["status"] = gap.Status.ToString(),
        ["priority"] = gap.Priority,
        ["editorCreated"] = gap.EditorCreated,
        ["json"] = JsonSerializer.Serialize(gap, AnalysisJsonContext.Default.Gap),
        ["version"] = gap.Version,
        ["updatedAt"] = gap.UpdatedAt is { } at ? StoredTime.Format(at) : null,
    };
}
