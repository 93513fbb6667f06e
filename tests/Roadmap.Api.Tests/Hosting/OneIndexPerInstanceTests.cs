using Roadmap.Graph.Embedded;
using Roadmap.Search.Locking;
using Roadmap.TestKit;

namespace Roadmap.Api.Tests.Hosting;

/// <summary>A search index is one instance's cache: a second service on the same data folder fails fast, naming the folder.</summary>
public sealed class OneIndexPerInstanceTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Start_SecondServiceOnTheSameDataFolder_FailsFastNamingTheIndexFolder()
    {
        // Arrange
        var data = Path.Combine(_folder.Root, "data");
        var settings = new Dictionary<string, string?> { ["Roadmap:Data"] = data, ["urls"] = "http://127.0.0.1:0" };
        await using var first = RoadmapServer.Build([], settings);
        await first.StartAsync(Ct);
        await using var second = RoadmapServer.Build([], settings);

        // Act
        var error = await Should.ThrowAsync<SearchIndexLockedException>(() => second.StartAsync(Ct));

        // Assert: the folder and the holder named (a service never waits for another: IndexLockTests).
        error.Message.ShouldContain(DataDirectory.OpenOrCreate(data).IndexPath);
        error.Holder.ShouldNotBeNull().IsService.ShouldBeTrue();
        await first.StopAsync(Ct);
    }
}
