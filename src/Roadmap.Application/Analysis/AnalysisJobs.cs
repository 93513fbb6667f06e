using Roadmap.Application.Audit;
using Roadmap.Application.Jobs;

namespace Roadmap.Application.Analysis;

/// <summary>An admin's request for an analysis run: started as a background job (one at a time) and audited as <c>runAnalysis</c>.</summary>
public sealed class AnalysisJobs(AnalysisService analysis, JobBoard jobs, AuditTrail audit)
{
    /// <summary>Starts the run (incremental unless <paramref name="full"/>) and returns at once; the job's result id is the run's id.</summary>
    public async Task<JobStart> StartAsync(bool full, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var before = await analysis.Store.ListRunsAsync(1, cancellationToken) is [var last, ..] ? last : null;
        var (job, started) = jobs.Start(JobKind.Analysis, actor.Name, async (progress, ct) =>
        {
            progress.Report(full ? "classifying every document" : "classifying the documents changed since the last run");
            var run = (await analysis.RunAsync(full, ct)).Run;
            return new JobResult($"{run.Mode} run: {run.Classified:N0} classified, {run.InScope:N0} in scope, {run.OpenGaps} open gaps, {run.Overlaps} overlaps", run.Id);
        });
        var entry = await audit.RecordAsync(actor, "runAnalysis", "analysis", new { lastRun = before?.Id }, new { job = job.Id, started, full }, null, cancellationToken);
        return new JobStart(job, started, entry.Id);
    }
}
