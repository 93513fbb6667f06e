using Microsoft.Data.Sqlite;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteCrawlStateStore
{
    private const string ImportedFlag = "crawl_files_imported";

    // An installation upgraded from the files under crawl/ keeps its checkpoints, drift baselines and ledger: they are
    // copied in once, in one IMMEDIATE transaction with the flag that says so, so two processes starting together import
    // once and a crash imports all or nothing. The files are left where they were (an older Roadmap still reads them).
    private async Task ImportFilesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM meta WHERE key = $flag;";
        command.Parameters.AddWithValue("$flag", ImportedFlag);
        if ((long)(await command.ExecuteScalarAsync(cancellationToken))! > 0)
        {
            return;
        }

        var imported = 0;
        foreach (var (source, json) in JsonFiles("checkpoints"))
        {
            // Taken as it is: a damaged checkpoint is set aside by the crawler when it reads it, as it was from the file.
            imported += await InsertAsync(connection, transaction, "INSERT OR IGNORE INTO crawl_checkpoints (source, json) VALUES ($source, $value);", source, json, cancellationToken);
        }

        foreach (var (source, json) in JsonFiles("listings"))
        {
            if (TryCounts(json) is { } counts)
            {
                imported += await InsertAsync(connection, transaction, "INSERT OR IGNORE INTO crawl_listings (source, counts) VALUES ($source, $value);", source, counts, cancellationToken);
            }
        }

        imported += await ImportLedgerAsync(connection, transaction, cancellationToken);
        command.CommandText = "INSERT INTO meta (key, value) VALUES ($flag, $count);";
        command.Parameters.AddWithValue("$count", imported.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<int> ImportLedgerAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_crawlFolder, "provenance.jsonl");
        if (!File.Exists(path))
        {
            return 0;
        }

        var imported = 0;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        foreach (var text in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            if (CrawlStateJson.ParseLedgerLine(text) is { } line)
            {
                command.Parameters.Clear();
                AppendCommand(command, line);
                imported += await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return imported;
    }

    private IEnumerable<(string Source, string Json)> JsonFiles(string folder)
    {
        var path = Path.Combine(_crawlFolder, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal).Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))
            : [];
    }

    // A damaged baseline is dropped: the drift guard learns it again on the next run.
    private static string? TryCounts(string json)
    {
        try
        {
            return CrawlStateJson.FormatCounts(CrawlStateJson.ParseCounts(json));
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static async Task<int> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, string source, string value, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$value", value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
