namespace Roadmap.Bench;

/// <summary>Releases pooled SQLite connections so a benchmark's temporary database can be deleted.</summary>
internal static class SqliteConnectionPools
{
    public static void Clear() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
