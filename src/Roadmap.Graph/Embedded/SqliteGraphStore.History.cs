using Microsoft.Data.Sqlite;
using Roadmap.Core.Graph;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteGraphStore : IHistoryImport
{
    public async Task<HistoryImportReport> ImportAsync(GraphBatch batch, IReadOnlyList<DocumentChange> history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(history);
        try
        {
            // The context is only asked whether a document differs; no change of the batch's own is recorded.
            return await WriteBatchAsync(batch, new ChangeContext(null, "import", DateTimeOffset.UnixEpoch), history, cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteFull)
        {
            throw DiskFull(ex);
        }
    }

    private static async Task<IReadOnlyList<DocumentChange>> LoadHistoriesAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var changes = new List<DocumentChange>();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT document_key, kind, at, run_id, actor, fields, id FROM changes WHERE document_key = $key ORDER BY id;";
        var key = command.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
        foreach (var documentKey in keys)
        {
            key.Value = documentKey;
            changes.AddRange(await ReadChangesAsync(command, cancellationToken));
        }

        return changes;
    }
}
