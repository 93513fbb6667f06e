using Roadmap.TestKit;

namespace Roadmap.Crawlers.Tests;

/// <summary>The committed demo snapshot is exactly what the maker builds from samples/: nobody edited it by hand.</summary>
public sealed class SnapshotReproductionTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "roadmap-snapshot-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Run_FromTheCommittedSamples_ReproducesSamplesSnapshotByteForByte()
    {
        // Arrange
        var samples = Path.Combine(SharedData.RepoRoot, "samples");
        var committed = Path.Combine(samples, "snapshot");

        // Act
        SnapshotMaker.SnapshotMaker.Run(samples, _temp);

        // Assert
        var made = Files(_temp);
        made.ShouldBe(Files(committed));
        foreach (var file in made)
        {
            File.ReadAllBytes(Path.Combine(_temp, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(committed, file))).ShouldBeTrue(
                $"samples/snapshot/{file} differs; regenerate with: dotnet run --project tools/Roadmap.SnapshotMaker");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }

    private static List<string> Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
}
