using Roadmap.TestKit;

namespace Roadmap.Cli.Tests;

/// <summary>SIGKILL an import at different points; a re-run must end with the store an uninterrupted import gives.</summary>
[Trait("Tier", "Slow")] // big corpus: kills and re-runs imports of the whole real ISO feed (~4 min here)
public sealed class ImportCrashTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task KilledImport_ReRun_EndsWithTheSameStoreAsAnUninterruptedOne()
    {
        var feed = SharedData.Require("iso/iso_deliverables_metadata.jsonl.gz");
        var reference = Path.Combine(_data.Root, "reference");
        (await CliRunner.RunAsync("import", "iso-open-data", feed, "--data", reference, "--batch-size", "500")).Exit.ShouldBe(0);
        var expected = await StoreSnapshot.ReadAsync(reference, Ct);

        var random = new Random(20261123);
        var killedMidway = 0;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var target = Path.Combine(_data.Root, $"killed-{attempt}");
            using (var child = CliRunner.Start("import", "iso-open-data", feed, "--data", target, "--batch-size", "500"))
            {
                // Wait for the first batches to land, then kill at a random point.
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while (!File.Exists(Path.Combine(target, "graph.db-wal")) && !child.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60))
                {
                    await Task.Delay(50, Ct);
                }

                await Task.Delay(random.Next(200, 2500), Ct);
                if (!child.HasExited)
                {
                    child.Kill(entireProcessTree: true);
                    killedMidway++;
                }

                await child.WaitForExitAsync(Ct);
            }

            var (exit, _, err) = await CliRunner.RunAsync("import", "iso-open-data", feed, "--data", target, "--batch-size", "500");
            exit.ShouldBe(0, err);
            (await StoreSnapshot.ReadAsync(target, Ct)).ShouldMatch(expected);
        }

        killedMidway.ShouldBeGreaterThan(0, "at least one import must have been killed before it finished");
    }
}
