using Microsoft.Data.Sqlite;
using Roadmap.Core.Graph;

namespace Roadmap.Graph.Embedded;

/// <summary>
/// The embedded default graph store: one SQLite file in WAL mode. Each batch is one transaction, so a crash
/// (even SIGKILL) leaves the store at the last committed batch, and a re-run of an idempotent import completes it.
/// </summary>
public sealed partial class SqliteGraphStore(string databasePath) : IGraphStore
{
    // Schema version this code writes; migrations up to it are applied at start.
    internal const int SchemaVersion = 9;
    private const string AppMarker = "roadmap-graph";
    private const int SqliteNotADatabase = 26;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public string DatabasePath { get; } = databasePath;

    /// <summary>Opens the store in a Roadmap data folder.</summary>
    public static SqliteGraphStore Open(DataDirectory directory) => new(directory.GraphDatabasePath);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            // 16 KiB pages, for a new file only (an existing one keeps its size): a document row averages 2.6 KB and
            // many exceed what a 4 KiB page holds, so they spilled into overflow pages. A tenth off the corpus import.
            await ExecuteAsync(connection, "PRAGMA page_size=16384; PRAGMA journal_mode=WAL;", cancellationToken);
            var tables = await ScalarAsync<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table';", cancellationToken);
            var hasMeta = await ScalarAsync<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta';", cancellationToken) == 1;
            if (tables > 0 && !hasMeta)
            {
                throw new GraphStoreException($"'{DatabasePath}' is an SQLite database of another program, not a Roadmap graph store.");
            }

            if (hasMeta)
            {
                await CheckMarkerAsync(connection, cancellationToken);
            }

            await SqliteMigrations.ApplyAsync(connection, AppMarker, SchemaVersion, cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            throw new GraphStoreException($"'{DatabasePath}' is corrupt or not an SQLite database ({ex.Message}). Restore it from a backup or re-import into a new data folder.", ex);
        }
    }

    /// <summary>Runs SQLite's own consistency check; returns its verdict (<c>ok</c> when sound).</summary>
    public async Task<string> CheckIntegrityAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ScalarAsync<string>(connection, "PRAGMA integrity_check;", cancellationToken) ?? "no answer";
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private async Task CheckMarkerAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var app = await ScalarAsync<string>(connection, "SELECT value FROM meta WHERE key = 'app';", cancellationToken);
        if (app != AppMarker)
        {
            throw new GraphStoreException($"'{DatabasePath}' has a meta table but is not a Roadmap graph store.");
        }

        var version = long.Parse(await ScalarAsync<string>(connection, "SELECT value FROM meta WHERE key = 'schema_version';", cancellationToken) ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        if (version > SchemaVersion)
        {
            throw new GraphStoreException($"'{DatabasePath}' was written by a newer Roadmap (schema {version}); this one knows schema {SchemaVersion}.");
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=OFF;", cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T?> ScalarAsync<T>(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
