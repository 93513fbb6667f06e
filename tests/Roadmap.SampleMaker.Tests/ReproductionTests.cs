using Roadmap.TestKit;

namespace Roadmap.SampleMaker.Tests;

/// <summary>The committed sample is exactly what the maker derives from the shared data: nobody edited it by hand.</summary>
[Trait("Tier", "Slow")] // big corpus: runs the sample maker over the whole shared SDO data (~15 s)
public sealed class ReproductionTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "roadmap-samples-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Running_the_maker_reproduces_the_committed_files_byte_for_byte()
    {
        var shared = Path.GetDirectoryName(SharedData.Require(TruthTable.FileName))!;

        var report = SampleMaker.Run(shared, _temp);

        report.Total.ShouldBeGreaterThan(0);
        var expected = SampleMaker.DataFiles.Append(ReadmeWriter.FileName).Order(StringComparer.Ordinal).ToList();
        Directory.GetFiles(_temp).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(expected);
        foreach (var file in expected)
        {
            var made = File.ReadAllBytes(Path.Combine(_temp, file));
            var committed = File.ReadAllBytes(CommittedSample.PathOf(file));
            made.SequenceEqual(committed).ShouldBeTrue(
                $"samples/{file} differs from the maker's output; regenerate with: dotnet run --project tools/Roadmap.SampleMaker");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }
}
