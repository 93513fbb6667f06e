using GraphQL;
using GraphQL.Types;
using Roadmap.Api.Audit;
using Roadmap.Api.Crawling;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Validation;
using Roadmap.Api.Jobs;
using Roadmap.Application.Jobs;
using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;
using Roadmap.Core.Security;

namespace Roadmap.Api.GraphQL.Analysis;

internal sealed partial class AnalysisSchemaContributor
{
    public void ExtendMutation(ObjectGraphType mutation)
    {
        AddGapMutations(mutation);
        AddTopicDecisions(mutation);
        mutation.Field<NonNullGraphType<CrawlTriggerType>>("triggerCrawl")
            .Description("Starts a crawl now (nightly sources, or the given source); returns at once.")
            .RequireRole(ApiRole.Admin)
            .Argument<StringGraphType>("source", "A source name, e.g. itu-t or iso; the nightly sources when omitted")
            .ResolveAsync(async c =>
            {
                var source = c.GetArgument<string?>("source");
                CrawlTriggerService.Outcome outcome;
                try
                {
                    outcome = c.Service<CrawlTriggerService>().TryStart(source, c.Caller().AuditName);
                }
                catch (ArgumentException ex)
                {
                    throw ErrorCodes.Error(ErrorCodes.BadUserInput, "triggerCrawl: " + ex.Message);
                }

                var entry = await c.Service<AuditRecorder>().RecordAsync(c.Caller(), "triggerCrawl", "crawl", new { sources = outcome.Sources }, new { outcome.Started, outcome.Message, job = outcome.Job?.Id }, null, c.CancellationToken);
                return new CrawlTrigger(outcome.Started, outcome.Message, entry.Id, outcome.Job);
            });
        mutation.Field<NonNullGraphType<JobStartType>>("runAnalysis")
            .Description("Starts the analysis (incremental unless full) as a background job and returns at once; the job's resultId is the run's id.")
            .RequireRole(ApiRole.Admin)
            .Argument<BooleanGraphType>("full", a => a.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                var service = Service(c);
                var full = c.GetArgument("full", false);
                var before = await service.Store.ListRunsAsync(1, c.CancellationToken) is [var last, ..] ? last : null;
                var (job, started) = c.Service<JobBoard>().Start(JobKind.Analysis, c.Caller().AuditName, async (progress, ct) =>
                {
                    progress.Report(full ? "classifying every document" : "classifying the documents changed since the last run");
                    var run = (await service.RunAsync(full, ct)).Run;
                    return new JobResult($"{run.Mode} run: {run.Classified:N0} classified, {run.InScope:N0} in scope, {run.OpenGaps} open gaps, {run.Overlaps} overlaps", run.Id);
                });
                var entry = await c.Service<AuditRecorder>().RecordAsync(c.Caller(), "runAnalysis", "analysis", new { lastRun = before?.Id }, new { job = job.Id, started, full }, null, c.CancellationToken);
                return new JobStart(job, started, entry.Id);
            });
    }

    private static void AddGapMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<GapType>>("createGap").Description("A new editor gap on a topic.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<CreateGapInputType>>("input")
            .ResolveAsync(async c => await GapEdits.CreateAsync(c, c.GetArgument<CreateGapInput>("input")));
        mutation.Field<NonNullGraphType<GapType>>("updateGap")
            .Description("Fails with extensions.code = CONFLICT (and extensions.currentVersion) when expectedVersion is stale.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<UpdateGapInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateGapInput>("input");
                if (input.Statement is null && input.SuggestedOwner is null && input.Priority is null)
                {
                    throw ErrorCodes.Error(ErrorCodes.BadUserInput, "updateGap: give at least one of statement, suggestedOwner, priority");
                }

                var edit = new GapEdit
                {
                    ExpectedVersion = input.ExpectedVersion,
                    Statement = input.Statement is null ? null : GapEdits.Text(input.Statement, "statement"),
                    SuggestedOwner = input.SuggestedOwner?.Trim(),
                    Priority = input.Priority is { } p ? GapEdits.Priority(p) : null,
                };
                return await GapEdits.ApplyAsync(c, "updateGap", input.Id, edit, null);
            });
        mutation.Field<NonNullGraphType<GapType>>("setGapStatus")
            .Description("A note is required. Same CONFLICT rule when expectedVersion is given.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<SetGapStatusInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetGapStatusInput>("input");
                var note = GapEdits.Text(input.Note, "note");
                var (actor, now) = (c.Caller().AuditName, c.Service<TimeProvider>().GetUtcNow());
                var edit = new GapEdit
                {
                    ExpectedVersion = input.ExpectedVersion,
                    StatusChange = new GapStatusChange { To = input.Status, At = now, Actor = actor, Reason = note },
                    Note = new GapNote(actor, now, note),
                };
                return await GapEdits.ApplyAsync(c, "setGapStatus", input.Id, edit, note);
            });
        mutation.Field<NonNullGraphType<GapType>>("addGapNote")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<AddGapNoteInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddGapNoteInput>("input");
                var text = GapEdits.Text(input.Text, "text");
                var edit = new GapEdit { Note = new GapNote(c.Caller().AuditName, c.Service<TimeProvider>().GetUtcNow(), text) };
                return await GapEdits.ApplyAsync(c, "addGapNote", input.Id, edit, text);
            });
    }

    private static void AddTopicDecisions(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DocumentTopicType>>("pinTopic")
            .Description("Pins a topic on a document; survives re-analysis. Returns the document's topic row.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("documentKey").Argument<NonNullGraphType<IdGraphType>>("topicId").Argument<StringGraphType>("note")
            .ResolveAsync(async c => await TopicDecisions.DecideAsync(c, DecisionKind.Pin));
        mutation.Field<DocumentTopicType>("rejectTopic")
            .Description("Rejects a topic on a document; survives re-analysis. Returns the document's (rejected) topic row.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("documentKey").Argument<NonNullGraphType<IdGraphType>>("topicId").Argument<StringGraphType>("note")
            .ResolveAsync(async c => await TopicDecisions.DecideAsync(c, DecisionKind.Reject));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("clearTopicDecision")
            .Description("Removes an editor's pin or reject; false when there was none.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("documentKey").Argument<NonNullGraphType<IdGraphType>>("topicId")
            .ResolveAsync(async c => await TopicDecisions.ClearAsync(c));
    }

    internal static Task Audit<TBefore, TAfter>(IResolveFieldContext context, string action, string target, TBefore before, TAfter after, string? note) =>
        context.Service<AuditRecorder>().RecordAsync(context.Caller(), action, target, before, after, note, context.CancellationToken);
}
