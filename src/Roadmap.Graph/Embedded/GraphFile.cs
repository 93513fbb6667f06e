using Microsoft.Data.Sqlite;

namespace Roadmap.Graph.Embedded;

/// <summary>Makes a new data folder's graph database file, empty but already an SQLite database in WAL mode (never 0 bytes).</summary>
internal static class GraphFile
{
    public static void Create(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // As SqliteGraphStore.InitializeAsync sets them on a new file: the page size only takes before the first write.
        command.CommandText = "PRAGMA page_size=16384; PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}
