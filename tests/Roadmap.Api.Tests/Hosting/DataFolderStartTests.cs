using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;

namespace Roadmap.Api.Tests.Hosting;

/// <summary>The service on a data folder that lost its graph file: it once started on a new, empty graph beside the old index.</summary>
public sealed class DataFolderStartTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Start_GraphFileMissingNextToIndexAndMarker_FailsNamingWhatIsMissing()
    {
        // Arrange
        var data = Path.Combine(_folder.Root, "data");
        var directory = DataDirectory.OpenOrCreate(data);
        Directory.CreateDirectory(directory.IndexPath);
        File.Delete(directory.GraphDatabasePath);
        await using var factory = new ApiFactory(settings: new Dictionary<string, string?> { ["Roadmap:Data"] = data });

        // Act
        var error = Should.Throw<GraphStoreException>(() => factory.Server);

        // Assert
        error.Message.ShouldContain("graph.db is missing");
        error.Message.ShouldContain("search index (index/)");
        File.Exists(directory.GraphDatabasePath).ShouldBeFalse();
    }

    [Fact]
    public async Task Start_NewFolder_Starts()
    {
        // Arrange
        var data = Path.Combine(_folder.Root, "fresh");
        await using var factory = new ApiFactory(settings: new Dictionary<string, string?> { ["Roadmap:Data"] = data });

        // Act
        using var client = factory.CreateClient();
        var result = await Gql.PostAsync(client, "{ stats { documents } }");

        // Assert
        result.Status.ShouldBe(System.Net.HttpStatusCode.Unauthorized, "the host is up (anonymous reading is off)");
        File.Exists(Path.Combine(data, "graph.db")).ShouldBeTrue();
    }
}
