using GraphQL;
using GraphQL.Types;
using Roadmap.Api.Crawling;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Validation;
using Roadmap.Api.Jobs;
using Roadmap.Application.Analysis;
using Roadmap.Application.Audit;
using Roadmap.Application.Gaps;
using Roadmap.Application.Topics;
using Roadmap.Core.Analysis;
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

                var entry = await c.Service<AuditTrail>().RecordAsync(c.Caller().Actor, "triggerCrawl", "crawl", new { sources = outcome.Sources }, new { outcome.Started, outcome.Message, job = outcome.Job?.Id }, null, c.CancellationToken);
                return new CrawlTrigger(outcome.Started, outcome.Message, entry.Id, outcome.Job);
            });
        mutation.Field<NonNullGraphType<JobStartType>>("runAnalysis")
            .Description("Starts the analysis (incremental unless full) as a background job and returns at once; the job's resultId is the run's id.")
            .RequireRole(ApiRole.Admin)
            .Argument<BooleanGraphType>("full", a => a.DefaultValue = false)
            .ResolveAsync(async c => await c.Service<AnalysisJobs>().StartAsync(c.GetArgument("full", false), c.Caller().Actor, c.CancellationToken));
    }

    private static void AddGapMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<GapType>>("createGap").Description("A new editor gap on a topic.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<CreateGapInputType>>("input")
            .ResolveAsync(async c => await Gaps(c).CreateAsync(c.GetArgument<CreateGapCommand>("input"), c.Caller().Actor, c.CancellationToken));
        mutation.Field<NonNullGraphType<GapType>>("updateGap")
            .Description("Fails with extensions.code = CONFLICT (and extensions.currentVersion) when expectedVersion is stale.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<UpdateGapInputType>>("input")
            .ResolveAsync(async c => await Gaps(c).UpdateAsync(c.GetArgument<UpdateGapCommand>("input"), c.Caller().Actor, c.CancellationToken));
        mutation.Field<NonNullGraphType<GapType>>("setGapStatus")
            .Description("A note is required. Same CONFLICT rule when expectedVersion is given.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<SetGapStatusInputType>>("input")
            .ResolveAsync(async c => await Gaps(c).SetStatusAsync(c.GetArgument<SetGapStatusCommand>("input"), c.Caller().Actor, c.CancellationToken));
        mutation.Field<NonNullGraphType<GapType>>("addGapNote")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<AddGapNoteInputType>>("input")
            .ResolveAsync(async c => await Gaps(c).AddNoteAsync(c.GetArgument<AddGapNoteCommand>("input"), c.Caller().Actor, c.CancellationToken));
    }

    private static void AddTopicDecisions(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DocumentTopicType>>("pinTopic")
            .Description("Pins a topic on a document; survives re-analysis. Returns the document's topic row.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("documentKey").Argument<NonNullGraphType<IdGraphType>>("topicId").Argument<StringGraphType>("note")
            .ResolveAsync(async c => await DecideAsync(c, DecisionKind.Pin));
        mutation.Field<DocumentTopicType>("rejectTopic")
            .Description("Rejects a topic on a document; survives re-analysis. Returns the document's (rejected) topic row.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("documentKey").Argument<NonNullGraphType<IdGraphType>>("topicId").Argument<StringGraphType>("note")
            .ResolveAsync(async c => await DecideAsync(c, DecisionKind.Reject));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("clearTopicDecision")
            .Description("Removes an editor's pin or reject; false when there was none.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("documentKey").Argument<NonNullGraphType<IdGraphType>>("topicId")
            .ResolveAsync(async c => await c.Service<TopicDecisions>().ClearAsync(c.GetArgument<string>("documentKey"), c.GetArgument<string>("topicId"), c.Caller().Actor, c.CancellationToken));
    }

    private static Task<DocumentTopic?> DecideAsync(IResolveFieldContext c, DecisionKind kind) =>
        c.Service<TopicDecisions>().DecideAsync(c.GetArgument<string>("documentKey"), c.GetArgument<string>("topicId"), kind, c.GetArgument<string?>("note"), c.Caller().Actor, c.CancellationToken);

    private static GapEditor Gaps(IResolveFieldContext context) => context.Service<GapEditor>();
}
