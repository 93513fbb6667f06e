using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;

namespace Roadmap.Graph.Tests.Embedded;

/// <summary>
/// A data folder that lost its graph database: once taken for a new, empty graph (stats 0 with exit 0, imports written
/// into it, search still answering from the old index); now an error that names what is missing.
/// </summary>
public sealed class DataDirectoryTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string Data => Path.Combine(_folder.Root, "data");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void OpenOrCreate_NewFolder_MakesTheGraphFileAndReopens()
    {
        // Act
        var created = DataDirectory.OpenOrCreate(Data);

        // Assert
        new FileInfo(created.GraphDatabasePath).Length.ShouldBeGreaterThan(0, "the new folder's graph file exists from the start");
        File.ReadAllText(Path.Combine(Data, DataDirectory.MarkerFileName)).ShouldNotContain("Creating");
        DataDirectory.OpenOrCreate(Data).Root.ShouldBe(created.Root);
    }

    [Fact]
    public async Task OpenOrCreate_GraphFileDeletedNextToTheIndex_IsAnErrorNamingBoth()
    {
        // Arrange: a folder in use (store, index), then its graph files gone
        await using (var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(Data)))
        {
            await store.InitializeAsync(Ct);
        }

        Directory.CreateDirectory(Path.Combine(Data, "index"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Data, "graph.db*"))
        {
            File.Delete(file);
        }

        // Act
        var error = Should.Throw<GraphStoreException>(() => DataDirectory.OpenOrCreate(Data));

        // Assert
        error.Message.ShouldContain("graph.db is missing");
        error.Message.ShouldContain("search index (index/)");
        File.Exists(Path.Combine(Data, "graph.db")).ShouldBeFalse("nothing was created in its place");
    }

    [Fact]
    public void OpenOrCreate_ZeroLengthGraphFileNextToTheMarker_IsAnError()
    {
        // Arrange
        var directory = DataDirectory.OpenOrCreate(Data);
        File.WriteAllBytes(directory.GraphDatabasePath, []);

        // Act
        var error = Should.Throw<GraphStoreException>(() => DataDirectory.OpenOrCreate(Data));

        // Assert
        error.Message.ShouldContain("graph.db is empty (0 bytes)");
        error.Message.ShouldContain(DataDirectory.MarkerFileName);
    }

    [Fact]
    public void OpenOrCreate_CreationCutShortBeforeTheGraphFile_IsFinished()
    {
        // Arrange: the process died after writing the "being created" marker
        Directory.CreateDirectory(Data);
        File.WriteAllText(Path.Combine(Data, DataDirectory.MarkerFileName), """{"Format":"roadmap-data","Version":1,"Creating":true}""");

        // Act
        var directory = DataDirectory.OpenOrCreate(Data);

        // Assert
        new FileInfo(directory.GraphDatabasePath).Length.ShouldBeGreaterThan(0);
        DataDirectory.OpenOrCreate(Data).Root.ShouldBe(directory.Root);
    }

    [Fact]
    public async Task OpenOrCreate_NewFolder_StoreInitializesOnTheMadeFile()
    {
        // Act
        await using var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(Data));
        await store.InitializeAsync(Ct);

        // Assert
        (await store.CheckIntegrityAsync(Ct)).ShouldBe("ok");
        (await store.GetStatsAsync(Ct)).Documents.ShouldBe(0);
    }
}
