using Microsoft.Data.Sqlite;
using Roadmap.Core.Crawling;

namespace Roadmap.Graph.Embedded;

/// <summary>
/// The crawl's state in the data folder's SQLite database (tables <c>crawl_*</c>, migration 009). On first use the
/// database is created or migrated and the files an older Roadmap kept under <c>crawl/</c> are taken in, once.
/// </summary>
public sealed partial class SqliteCrawlStateStore(DataDirectory directory) : ICrawlStateStore
{
    private readonly string _databasePath = directory.GraphDatabasePath;
    private readonly string _connectionString = ServiceDatabase.ConnectionString(directory.GraphDatabasePath);
    private readonly string _crawlFolder = Path.Combine(directory.Root, "crawl");
    private volatile bool _ready;

    public async Task<string?> LoadCheckpointAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM crawl_checkpoints WHERE source = $source;";
        command.Parameters.AddWithValue("$source", source);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SaveCheckpointAsync(string source, string checkpointJson, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO crawl_checkpoints (source, json) VALUES ($source, $json) ON CONFLICT (source) DO UPDATE SET json = excluded.json;";
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$json", checkpointJson);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteCheckpointAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM crawl_checkpoints WHERE source = $source;";
        command.Parameters.AddWithValue("$source", source);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, int>> LoadListingCountsAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT counts FROM crawl_listings WHERE source = $source;";
        command.Parameters.AddWithValue("$source", source);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? CrawlStateJson.ParseCounts(json) : new Dictionary<string, int>(StringComparer.Ordinal);
    }

    public async Task SaveListingCountsAsync(string source, IReadOnlyDictionary<string, int> counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO crawl_listings (source, counts) VALUES ($source, $counts) ON CONFLICT (source) DO UPDATE SET counts = excluded.counts;";
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$counts", CrawlStateJson.FormatCounts(counts));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AppendProvenanceAsync(CrawlProvenance line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        AppendCommand(command, line);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CrawlProvenance>> ReadProvenanceAsync(IReadOnlyCollection<string> runIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        var lines = new List<CrawlProvenance>();
        if (runIds.Count == 0)
        {
            return lines;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // json_each takes the run ids as one JSON array parameter, however many there are.
        command.CommandText = """
            SELECT run_id, url, fetched_at, content_hash, keys FROM crawl_provenance
            WHERE run_id IN (SELECT value FROM json_each($runs)) ORDER BY id;
            """;
        command.Parameters.AddWithValue("$runs", CrawlStateJson.FormatKeys([.. runIds]));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(new CrawlProvenance
            {
                RunId = reader.GetString(0),
                Url = reader.GetString(1),
                FetchedAt = StoredTime.Parse(reader.GetString(2)),
                ContentHash = reader.GetString(3),
                Keys = CrawlStateJson.ParseKeys(reader.GetString(4)),
            });
        }

        return lines;
    }

    private static void AppendCommand(SqliteCommand command, CrawlProvenance line)
    {
        command.CommandText = """
            INSERT INTO crawl_provenance (run_id, url, fetched_at, content_hash, keys)
            VALUES ($run, $url, $fetched, $hash, $keys);
            """;
        command.Parameters.AddWithValue("$run", line.RunId);
        command.Parameters.AddWithValue("$url", line.Url);
        command.Parameters.AddWithValue("$fetched", StoredTime.Format(line.FetchedAt));
        command.Parameters.AddWithValue("$hash", line.ContentHash);
        command.Parameters.AddWithValue("$keys", CrawlStateJson.FormatKeys(line.Keys));
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            // Both steps are idempotent (the import is guarded by a flag in the database), so two first calls at once are harmless.
            await ServiceDatabase.EnsureAsync(_databasePath, cancellationToken);
            await ImportFilesAsync(cancellationToken);
            _ready = true;
        }

        return await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
    }
}
