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
    // A batch of 2,000 documents dirties more pages than SQLite's default 2 MiB cache holds, which spills them
    // mid-transaction; and checkpointing every 1,000 WAL pages (SQLite's default) copies the same hot pages into the
    // database over and over during an import. A 32 MiB cache and a checkpoint every 16,384 pages (64 MiB) took a
    // fifth off the whole-corpus import; the WAL file is cut back to 64 MiB after each checkpoint.
    private const string WriterPragmas = "PRAGMA cache_size=-32768; PRAGMA wal_autocheckpoint=16384; PRAGMA journal_size_limit=67108864;";

    public async Task<UpsertReport> UpsertAsync(GraphBatch batch, ChangeContext context, CancellationToken cancellationToken)
    {
        try
        {
            return (await WriteBatchAsync(batch, context, history: null, cancellationToken)).Documents;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteFull)
        {
            throw DiskFull(ex);
        }
    }

    // The transaction rolled back whole: every earlier batch is committed, this one is not written at all.
    private GraphStoreException DiskFull(SqliteException ex) =>
        new($"The disk holding '{DatabasePath}' is full: this batch was not written (every earlier one is kept). Free some space and run the same command again to complete it.", ex);

    /// <param name="history">Null: record each document's change as of <paramref name="context"/>. Otherwise record none of
    /// the batch's own and append these recorded changes instead, those already here skipped (<see cref="IHistoryImport"/>).</param>
    private async Task<HistoryImportReport> WriteBatchAsync(GraphBatch batch, ChangeContext context, IReadOnlyList<DocumentChange>? history, CancellationToken cancellationToken)
    {
        GraphBatchValidator.Validate(batch);
        if (batch.IsEmpty && history is not { Count: > 0 })
        {
            return HistoryImportReport.Empty;
        }

        var incoming = GraphBatchValidator.MergeByKey(batch.Documents);
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, WriterPragmas, cancellationToken);
        // IMMEDIATE takes the write lock up front, so two writers queue instead of failing at commit.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var existing = await LoadDocumentsAsync(connection, transaction, incoming.Keys, cancellationToken);

        var (added, changed, unchanged) = (0, 0, 0);
        await using var write = DocumentWriteCommand(connection, transaction);
        await using var record = ChangeWriteCommand(connection, transaction);
        foreach (var document in incoming.Values)
        {
            existing.TryGetValue(document.Key, out var before);
            var after = DocumentEditions.Merge(before, document);
            var change = DocumentDiff.Between(before, after, context);
            if (change is null)
            {
                unchanged++;
                continue;
            }

            if (before is null)
            {
                added++;
            }
            else
            {
                changed++;
            }

            await WriteDocumentAsync(write, after, cancellationToken);
            if (history is null)
            {
                await WriteChangeAsync(record, change, cancellationToken);
            }
        }

        var appended = 0;
        if (history is { Count: > 0 })
        {
            var recorded = await LoadHistoriesAsync(connection, transaction, history.Select(c => c.DocumentKey).ToHashSet(StringComparer.Ordinal), cancellationToken);
            foreach (var change in HistoryFingerprint.Missing(recorded, history))
            {
                await WriteChangeAsync(record, change, cancellationToken);
                appended++;
            }
        }

        await WriteCommitteesAsync(connection, transaction, batch.Committees, cancellationToken);
        await WriteRelationsAsync(connection, transaction, batch.Relations, cancellationToken);
        await WriteLiaisonsAsync(connection, transaction, batch.Liaisons, cancellationToken);
        transaction.Commit();
        return new HistoryImportReport(new UpsertReport(added, changed, unchanged), appended);
    }

    public async Task SaveCrawlRunAsync(CrawlRun run, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO crawl_runs (id, source, started_at, json) VALUES ($id, $source, $started, $json)
            ON CONFLICT (id) DO UPDATE SET source = excluded.source, started_at = excluded.started_at, json = excluded.json;
            """;
        command.Parameters.AddWithValue("$id", run.Id);
        command.Parameters.AddWithValue("$source", run.Source);
        command.Parameters.AddWithValue("$started", StoredTime.Format(run.StartedAt));
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(run, GraphJsonContext.Default.CrawlRun));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand DocumentWriteCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO documents (key, body, kind, designation, title, title_sort, search_text, stage, committee, published, edition_count, hash, json)
            VALUES ($key, $body, $kind, $designation, $title, $title_sort, $search_text, $stage, $committee, $published, $edition_count, $hash, $json)
            ON CONFLICT (key) DO UPDATE SET
                body = excluded.body, kind = excluded.kind, designation = excluded.designation, title = excluded.title,
                title_sort = excluded.title_sort, search_text = excluded.search_text, stage = excluded.stage,
                committee = excluded.committee, published = excluded.published, edition_count = excluded.edition_count,
                hash = excluded.hash, json = excluded.json;
            """;
        foreach (var name in new[] { "$key", "$body", "$kind", "$designation", "$title", "$title_sort", "$search_text", "$stage", "$committee", "$published", "$edition_count", "$hash", "$json" })
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static async Task WriteDocumentAsync(SqliteCommand command, Document document, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(document, GraphJsonContext.Default.Document);
        var p = command.Parameters;
        p["$key"].Value = document.Key;
        p["$body"].Value = document.Body;
        p["$kind"].Value = document.Kind.ToString();
        p["$designation"].Value = document.Designation;
        p["$title"].Value = document.Title;
        p["$title_sort"].Value = document.Title.ToLowerInvariant();
        p["$search_text"].Value = SearchText(document);
        p["$stage"].Value = document.Lifecycle.Stage.ToString();
        p["$committee"].Value = (object?)document.CommitteeKey ?? DBNull.Value;
        p["$published"].Value = document.Published is { } date ? date.Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : DBNull.Value;
        p["$edition_count"].Value = document.Editions.Count;
        p["$hash"].Value = ContentHash.Of(json);
        p["$json"].Value = json;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand ChangeWriteCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO changes (document_key, kind, at, run_id, actor, fields) VALUES ($key, $kind, $at, $run, $actor, $fields);";
        foreach (var name in new[] { "$key", "$kind", "$at", "$run", "$actor", "$fields" })
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static async Task WriteChangeAsync(SqliteCommand command, DocumentChange change, CancellationToken cancellationToken)
    {
        var p = command.Parameters;
        p["$key"].Value = change.DocumentKey;
        p["$kind"].Value = change.Kind.ToString();
        p["$at"].Value = StoredTime.Format(change.At);
        p["$run"].Value = (object?)change.RunId ?? DBNull.Value;
        p["$actor"].Value = change.Actor;
        p["$fields"].Value = JsonSerializer.Serialize(change.Fields.ToList(), GraphJsonContext.Default.ListFieldChange);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task WriteCommitteesAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Committee> committees, CancellationToken cancellationToken)
    {
        if (committees.Count == 0)
        {
            return;
        }

        var existing = new Dictionary<string, Committee>(StringComparer.Ordinal);
        foreach (var committee in committees)
        {
            existing[committee.Key] = existing.TryGetValue(committee.Key, out var seen) ? CommitteeMerge.Merge(seen, committee) : committee;
        }

        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT json FROM committees WHERE key = $key;";
        var key = read.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
        await using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = """
            INSERT INTO committees (key, body, parent_key, json) VALUES ($key, $body, $parent, $json)
            ON CONFLICT (key) DO UPDATE SET body = excluded.body, parent_key = excluded.parent_key, json = excluded.json;
            """;
        foreach (var committee in existing.Values)
        {
            key.Value = committee.Key;
            var stored = await read.ExecuteScalarAsync(cancellationToken) is string json
                ? JsonSerializer.Deserialize(json, GraphJsonContext.Default.Committee)
                : null;
            var merged = stored is null ? committee : CommitteeMerge.Merge(stored, committee);
            if (merged == stored)
            {
                continue;
            }

            write.Parameters.Clear();
            write.Parameters.AddWithValue("$key", merged.Key);
            write.Parameters.AddWithValue("$body", merged.Body);
            write.Parameters.AddWithValue("$parent", (object?)merged.ParentKey ?? DBNull.Value);
            write.Parameters.AddWithValue("$json", JsonSerializer.Serialize(merged, GraphJsonContext.Default.Committee));
            await write.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task WriteRelationsAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<DocumentRelation> relations, CancellationToken cancellationToken)
    {
        if (relations.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO relations (from_key, type, to_key, source) VALUES ($from, $type, $to, $source)
            ON CONFLICT (from_key, type, to_key) DO UPDATE SET source = coalesce(relations.source, excluded.source);
            """;
        var from = command.Parameters.Add(new SqliteParameter { ParameterName = "$from" });
        var type = command.Parameters.Add(new SqliteParameter { ParameterName = "$type" });
        var to = command.Parameters.Add(new SqliteParameter { ParameterName = "$to" });
        var source = command.Parameters.Add(new SqliteParameter { ParameterName = "$source" });
        foreach (var relation in relations)
        {
            (from.Value, type.Value, to.Value) = (relation.FromKey, relation.Type.ToString(), relation.ToKey);
            source.Value = (object?)relation.Source ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // Lower-cased designation, every edition id and the title: what the listing's text filter matches.
    private static string SearchText(Document document) =>
        string.Join('\n', document.Editions.Select(e => e.Id).Prepend(document.Key).Append(document.Title)).ToLowerInvariant();
}
