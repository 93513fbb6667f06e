using System.Collections.Concurrent;
using System.Globalization;

namespace Roadmap.Application.Jobs;

/// <summary>
/// Runs admin work in the background and keeps the recent jobs to report on: a request starts a job and gets its id at
/// once; the job's progress and outcome are read later by id. One job of a kind at a time: asking again while one runs
/// returns the running one. Work is cancelled when the host stops (<paramref name="stopping"/>), never with the request.
/// </summary>
public sealed class JobBoard(TimeProvider time, CancellationToken stopping)
{
    /// <summary>How many jobs are kept to report on, newest first.</summary>
    public const int Kept = 100;

    private readonly ConcurrentDictionary<string, BackgroundJob> _jobs = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _next;

    /// <summary>Starts <paramref name="work"/> as a job of <paramref name="kind"/>, unless one of that kind runs: then that one is returned and <c>Started</c> is false.</summary>
    public (BackgroundJob Job, bool Started) Start(JobKind kind, string requestedBy, Func<IProgress<string>, CancellationToken, Task<JobResult>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        BackgroundJob job;
        lock (_gate)
        {
            if (_jobs.Values.FirstOrDefault(j => j.Kind == kind && !j.IsFinished) is { } running)
            {
                return (running, false);
            }

            var number = Interlocked.Increment(ref _next);
            job = new BackgroundJob
            {
                Id = $"job-{time.GetUtcNow():yyyyMMddHHmmss}-{number.ToString(CultureInfo.InvariantCulture)}",
                Kind = kind,
                State = JobState.Running,
                RequestedBy = requestedBy,
                StartedAt = time.GetUtcNow(),
            };
            _jobs[job.Id] = job;
            Trim();
        }

        _ = Task.Run(() => RunAsync(job.Id, work), CancellationToken.None);
        return (job, true);
    }

    public BackgroundJob? Get(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>The kept jobs, newest first.</summary>
    public IReadOnlyList<BackgroundJob> List(int first) =>
        [.. _jobs.Values.OrderByDescending(j => j.StartedAt).ThenByDescending(j => j.Id, StringComparer.Ordinal).Take(Math.Max(0, first))];

    private async Task RunAsync(string id, Func<IProgress<string>, CancellationToken, Task<JobResult>> work)
    {
        try
        {
            var result = await work(new Progress(this, id), stopping);
            Update(id, j => j with { State = JobState.Succeeded, FinishedAt = time.GetUtcNow(), Outcome = result.Outcome, ResultId = result.ResultId });
        }
        catch (OperationCanceledException)
        {
            Update(id, j => j with { State = JobState.Cancelled, FinishedAt = time.GetUtcNow(), Error = "cancelled: the service is stopping" });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Update(id, j => j with { State = JobState.Failed, FinishedAt = time.GetUtcNow(), Error = ex.Message });
        }
    }

    private void Update(string id, Func<BackgroundJob, BackgroundJob> change)
    {
        lock (_gate)
        {
            if (_jobs.TryGetValue(id, out var job))
            {
                _jobs[id] = change(job);
            }
        }
    }

    // Finished jobs beyond the newest Kept are forgotten; running ones are always kept.
    private void Trim()
    {
        foreach (var old in _jobs.Values.Where(j => j.IsFinished).OrderByDescending(j => j.StartedAt).ThenByDescending(j => j.Id, StringComparer.Ordinal).Skip(Kept).ToList())
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }

    private sealed class Progress(JobBoard board, string id) : IProgress<string>
    {
        public void Report(string value) => board.Update(id, j => j.IsFinished ? j : j with { Progress = value });
    }
}
