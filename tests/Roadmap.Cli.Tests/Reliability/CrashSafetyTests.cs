using System.Diagnostics;
using System.Globalization;
using Roadmap.TestKit;

namespace Roadmap.Cli.Tests.Reliability;

/// <summary>
/// SIGKILL a child <c>roadmap import</c> or <c>roadmap crawl</c> at seeded random points, 20 times each (a child that
/// finishes before its kill point does not count, and another run is made, up to <see cref="MaxAttempts"/>). After every
/// kill the graph file is intact and holds no duplicate; the resumed command then ends with the store, index and
/// relations an uninterrupted run gives. Set <c>ROADMAP_CRASH_SEED</c> to replay a failing sequence.
/// </summary>
[Trait("Tier", "Slow")] // reliability: SIGKILLs child imports and crawls 20 times each (~9 min here)
public sealed class CrashSafetyTests : IDisposable
{
    public const int Runs = 20;
    public const int MaxAttempts = 40;

    private static readonly string Samples = Path.Combine(SharedData.RepoRoot, "samples");
    private readonly TempDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Import_KilledAtRandomPoints_ResumesToTheUninterruptedState()
    {
        var feed = Path.Combine(Samples, "iso_deliverables_metadata.jsonl");
        var outcome = await KillAndResumeAsync(
            "import",
            target => ["import", "iso-open-data", feed, "--batch-size", "10", "--data", target],
            target => ["import", "iso-open-data", feed, "--batch-size", "10", "--data", target]);

        outcome.KilledMidway.ShouldBe(Runs, $"{Runs} imports must be killed while writing ({outcome.Attempts} attempts)");
    }

    [Fact]
    public async Task Crawl_KilledAtRandomPoints_ResumesToTheUninterruptedState()
    {
        var snapshot = Path.Combine(Samples, "snapshot");
        var outcome = await KillAndResumeAsync(
            "crawl",
            target => ["crawl", "--source", "iso", "--from", snapshot, "--data", target],
            target => ["crawl", "--source", "iso", "--from", snapshot, "--resume", "--data", target]);

        outcome.KilledMidway.ShouldBe(Runs, $"{Runs} crawls must be killed while writing ({outcome.Attempts} attempts)");
    }

    private async Task<CrashOutcome> KillAndResumeAsync(string name, Func<string, string[]> command, Func<string, string[]> resume)
    {
        var seed = CrashSeed();
        var log = TestContext.Current.TestOutputHelper;
        log?.WriteLine($"{name}: seed {seed} (ROADMAP_CRASH_SEED replays it), {Runs} kills");

        // The uninterrupted run, in a child like the killed ones, timed from its first write to its exit.
        var reference = Path.Combine(_data.Root, $"{name}-reference");
        var (firstWrite, total) = await RunChildToEndAsync(command(reference));
        var expected = await StoreSnapshot.ReadAsync(reference, Ct);
        (await CliRunner.RunAsync("index", "check", "--data", reference)).Exit.ShouldBe(0, "the uninterrupted run leaves a consistent index");
        // Kill points fall in the first 80 % of the reference's writing time: a loaded machine runs children at uneven speeds.
        var window = Math.Max(50, (int)((total - firstWrite).TotalMilliseconds * 0.8));
        log?.WriteLine($"{name}: reference run {total.TotalMilliseconds:F0} ms, first write after {firstWrite.TotalMilliseconds:F0} ms; {expected.Documents.Count} documents");

        var random = new Random(seed);
        var killedMidway = 0;
        var run = 0;
        for (; run < MaxAttempts && killedMidway < Runs; run++)
        {
            var target = Path.Combine(_data.Root, $"{name}-{run}");
            var delay = random.Next(0, window);
            var killed = await KillAsync(command(target), target, delay);
            killedMidway += killed ? 1 : 0;

            // Right after the kill: the file is intact and nothing is there twice.
            await CrashInvariants.ShouldHoldAsync(target, Ct);

            var (exit, _, err) = await CliRunner.RunAsync(resume(target));
            exit.ShouldBe(0, $"run {run} (seed {seed}): resume failed: {err}");
            await CrashInvariants.ShouldHoldAsync(target, Ct);
            var check = await CliRunner.RunAsync("index", "check", "--data", target);
            check.Exit.ShouldBe(0, $"run {run} (seed {seed}): index check after resume: {check.Out}");
            (await StoreSnapshot.ReadAsync(target, Ct)).ShouldMatch(expected);
            log?.WriteLine($"{name} run {run}: {(killed ? "killed" : "finished before the kill")} {delay} ms after the first write; resumed to the reference state");
        }

        log?.WriteLine($"{name}: {killedMidway} of {run} runs killed midway; nothing lost, nothing duplicated");
        return new CrashOutcome(killedMidway, run);
    }

    private static async Task<(TimeSpan FirstWrite, TimeSpan Total)> RunChildToEndAsync(string[] args)
    {
        var target = args[^1];
        var clock = Stopwatch.StartNew();
        using var child = CliRunner.Start(args);
        var stdout = child.StandardOutput.ReadToEndAsync(Ct);
        var stderr = child.StandardError.ReadToEndAsync(Ct);
        var firstWrite = await WaitForFirstWriteAsync(child, target);
        await child.WaitForExitAsync(Ct);
        child.ExitCode.ShouldBe(0, await stderr + await stdout);
        return (firstWrite, clock.Elapsed);
    }

    /// <returns>True when the child was still running and got SIGKILL.</returns>
    private static async Task<bool> KillAsync(string[] args, string target, int delayAfterFirstWrite)
    {
        using var child = CliRunner.Start(args);
        var drain = Task.WhenAll(child.StandardOutput.ReadToEndAsync(Ct), child.StandardError.ReadToEndAsync(Ct));
        await WaitForFirstWriteAsync(child, target);
        await Task.Delay(delayAfterFirstWrite, Ct);
        var killed = false;
        if (!child.HasExited)
        {
            // Process.Kill sends SIGKILL on Unix: no finally block, no flush, no dispose runs in the child.
            child.Kill(entireProcessTree: true);
            killed = true;
        }

        await child.WaitForExitAsync(Ct);
        await drain;
        return killed;
    }

    /// <summary>Waits until the child has opened the graph for writing (its WAL exists), or has ended.</summary>
    private static async Task<TimeSpan> WaitForFirstWriteAsync(Process child, string target)
    {
        var clock = Stopwatch.StartNew();
        var wal = Path.Combine(target, "graph.db-wal");
        while (!File.Exists(wal) && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(10, Ct);
        }

        return clock.Elapsed;
    }

    private static int CrashSeed() =>
        int.TryParse(Environment.GetEnvironmentVariable("ROADMAP_CRASH_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : 20261124;

    private sealed record CrashOutcome(int KilledMidway, int Attempts);
}
