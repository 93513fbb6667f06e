using System.Globalization;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Analysis;

namespace Roadmap.Graph.Embedded;

/// <summary>
/// The embedded analysis store: tables of migrations 002 and 004 in the graph's SQLite file. Every write batch is one
/// transaction and every statement is parameterised. <paramref name="time"/> stamps gap changes (system clock by default).
/// </summary>
public sealed partial class SqliteAnalysisStore(string databasePath, TimeProvider? time = null) : IAnalysisStore
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public static SqliteAnalysisStore Open(DataDirectory directory) => new(directory.GraphDatabasePath);

    /// <summary>The graph store owns the schema; initialising it applies every migration, 002 (analysis) included.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var graph = new SqliteGraphStore(databasePath);
        await graph.InitializeAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
