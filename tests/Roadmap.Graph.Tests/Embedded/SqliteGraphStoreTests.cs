using Roadmap.TestKit;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;

namespace Roadmap.Graph.Tests.Embedded;

/// <summary>What is particular to the SQLite store: its file, its folder, and damage to either.</summary>
public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Initialize_NewFolder_CreatesSchemaAndPassesIntegrityCheck()
    {
        var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(Path.Combine(_folder.Root, "new")));

        await store.InitializeAsync(Ct);

        (await store.CheckIntegrityAsync(Ct)).ShouldBe("ok");
    }

    [Fact]
    public async Task Initialize_GarbageFile_SaysCorrupt()
    {
        var path = Path.Combine(_folder.Root, "graph.db");
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray(), Ct);
        var store = new SqliteGraphStore(path);

        var error = await Should.ThrowAsync<GraphStoreException>(() => store.InitializeAsync(Ct));

        error.Message.ShouldContain("corrupt or not an SQLite database");
    }

    [Fact]
    public async Task Initialize_ForeignSqliteDatabase_SaysNotRoadmap()
    {
        var path = Path.Combine(_folder.Root, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices (amount) VALUES (12.5);";
            await command.ExecuteNonQueryAsync(Ct);
        }

        var error = await Should.ThrowAsync<GraphStoreException>(() => new SqliteGraphStore(path).InitializeAsync(Ct));

        error.Message.ShouldContain("another program");
        await using var check = new SqliteConnection($"Data Source={path}");
        await check.OpenAsync(Ct);
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT count(*) FROM invoices;";
        ((long)(await count.ExecuteScalarAsync(Ct))!).ShouldBe(1, "the foreign database is left untouched");
    }

    [Fact]
    public void DataDirectory_ForeignNonEmptyFolder_IsRefused()
    {
        var foreign = Path.Combine(_folder.Root, "photos");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "holiday.jpg"), "not ours");

        var error = Should.Throw<GraphStoreException>(() => DataDirectory.OpenOrCreate(foreign));

        error.Message.ShouldContain("not a Roadmap data folder");
        File.Exists(Path.Combine(foreign, "graph.db")).ShouldBeFalse();
    }

    [Fact]
    public void DataDirectory_PathIsAFile_IsRefused()
    {
        var file = Path.Combine(_folder.Root, "a-file");
        File.WriteAllText(file, "x");

        Should.Throw<GraphStoreException>(() => DataDirectory.OpenOrCreate(file)).Message.ShouldContain("is a file");
    }

    [Fact]
    public void DataDirectory_DamagedMarker_IsReported()
    {
        var folder = Path.Combine(_folder.Root, "data");
        DataDirectory.OpenOrCreate(folder);
        File.WriteAllText(Path.Combine(folder, DataDirectory.MarkerFileName), "{ broken");

        Should.Throw<GraphStoreException>(() => DataDirectory.OpenOrCreate(folder)).Message.ShouldContain("damaged");
    }

    [Fact]
    public void DataDirectory_ExistingRoadmapFolder_Reopens()
    {
        var folder = Path.Combine(_folder.Root, "data");
        var first = DataDirectory.OpenOrCreate(folder);

        DataDirectory.OpenOrCreate(folder).Root.ShouldBe(first.Root);
    }
}
