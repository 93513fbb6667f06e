using System.Diagnostics;
using Roadmap.Application.Jobs;

namespace Roadmap.Application.Tests.Jobs;

/// <summary>Admin work in the background: an id at once, one job of a kind at a time, outcome or error kept, cancelled with the host.</summary>
public sealed class JobBoardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WorkSucceeds_ReturnsRunningAtOnceThenKeepsTheOutcome()
    {
        // Arrange
        var board = new JobBoard(TimeProvider.System, CancellationToken.None);
        var release = new TaskCompletionSource();

        // Act
        var (job, started) = board.Start(JobKind.Analysis, "ops", async (progress, ct) =>
        {
            progress.Report("halfway");
            await release.Task;
            return new JobResult("done", "run-1");
        });
        var running = await UntilAsync(board, job.Id, j => j.Progress is not null);
        release.SetResult();
        var finished = await UntilAsync(board, job.Id, j => j.IsFinished);

        // Assert
        started.ShouldBeTrue();
        job.State.ShouldBe(JobState.Running);
        running.Progress.ShouldBe("halfway");
        (finished.State, finished.Outcome, finished.ResultId).ShouldBe((JobState.Succeeded, "done", "run-1"));
        finished.FinishedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Start_WhileOneOfTheKindRuns_ReturnsThatOne()
    {
        // Arrange
        var board = new JobBoard(TimeProvider.System, CancellationToken.None);
        var release = new TaskCompletionSource();
        var (first, _) = board.Start(JobKind.IndexRebuild, "a", async (_, _) => { await release.Task; return new JobResult("one"); });

        // Act
        var (second, started) = board.Start(JobKind.IndexRebuild, "b", (_, _) => Task.FromResult(new JobResult("two")));
        var (other, otherStarted) = board.Start(JobKind.Analysis, "c", (_, _) => Task.FromResult(new JobResult("three")));
        release.SetResult();
        await UntilAsync(board, first.Id, j => j.IsFinished);

        // Assert
        started.ShouldBeFalse();
        second.Id.ShouldBe(first.Id);
        otherStarted.ShouldBeTrue();
        other.Id.ShouldNotBe(first.Id);
    }

    [Fact]
    public async Task Start_WorkFails_KeepsTheReason()
    {
        // Arrange
        var board = new JobBoard(TimeProvider.System, CancellationToken.None);

        // Act
        var (job, _) = board.Start(JobKind.Crawl, "ops", (_, _) => throw new InvalidOperationException("the store went away"));
        var failed = await UntilAsync(board, job.Id, j => j.IsFinished);

        // Assert
        (failed.State, failed.Error).ShouldBe((JobState.Failed, "the store went away"));
    }

    [Fact]
    public async Task Start_HostStops_CancelsTheWork()
    {
        // Arrange
        using var stopping = new CancellationTokenSource();
        var board = new JobBoard(TimeProvider.System, stopping.Token);
        var (job, _) = board.Start(JobKind.Analysis, "ops", async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return new JobResult("never"); });

        // Act
        await stopping.CancelAsync();
        var cancelled = await UntilAsync(board, job.Id, j => j.IsFinished);

        // Assert
        cancelled.State.ShouldBe(JobState.Cancelled);
    }

    [Fact]
    public async Task List_ManyFinishedJobs_KeepsTheNewest()
    {
        // Arrange
        var board = new JobBoard(TimeProvider.System, CancellationToken.None);
        string last = "";
        for (var i = 0; i < JobBoard.Kept + 20; i++)
        {
            var (job, _) = board.Start(JobKind.Analysis, "ops", (_, _) => Task.FromResult(new JobResult("ok")));
            await UntilAsync(board, job.Id, j => j.IsFinished);
            last = job.Id;
        }

        // Act
        var listed = board.List(1_000);

        // Assert
        listed.Count.ShouldBeLessThanOrEqualTo(JobBoard.Kept + 1);
        listed.Select(j => j.Id).ShouldContain(last);
    }

    private static async Task<BackgroundJob> UntilAsync(JobBoard board, string id, Func<BackgroundJob, bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (board.Get(id) is not { } job || !condition(job))
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), $"job {id} did not get there");
            await Task.Delay(10, Ct);
        }

        return board.Get(id)!;
    }
}
