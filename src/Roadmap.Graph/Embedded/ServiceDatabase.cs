using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Roadmap.Graph.Embedded;

/// <summary>Connections to the data folder's database for the service's own state (audit trail, API keys), whatever graph store is in use.</summary>
internal static class ServiceDatabase
{
    public static string ConnectionString(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>Creates or migrates the database (the same migrations as the embedded graph store).</summary>
    public static Task EnsureAsync(string databasePath, CancellationToken cancellationToken) =>
        new SqliteGraphStore(databasePath).InitializeAsync(cancellationToken);

    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout=30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public static object Nullable(string? value) => (object?)value ?? DBNull.Value;
}
