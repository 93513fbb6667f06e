using GraphQL;
using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Loading;
using Roadmap.Api.GraphQL.Types;
using Roadmap.Analysis.Gaps;
using Roadmap.Application.Analysis;
using Roadmap.Application.Gaps;
using Roadmap.Core.Gaps;

namespace Roadmap.Api.GraphQL.Analysis;

internal sealed class GapType : ObjectGraphType<Gap>
{
    public GapType()
    {
        Name = "Gap";
        Description = "A topic nobody covers well enough, found by the analysis or recorded by an editor, with everything needed to judge it.";
        Field(g => g.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("gap:{topicId} for the coverage findings (none, nothing published, stale), gap:{topicId}/{kind} for the other kinds; editors' gaps have their own ids.");
        Field<NonNullGraphType<TopicType>>("topic").Resolve(c => AnalysisViews.TopicOrStandIn(c.RequestServices!.GetRequiredService<AnalysisService>().Taxonomy, c.Source.TopicId));
        Field(g => g.Statement);
        Field<NonNullGraphType<GapKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(g => g.Perspective, nullable: true).Description("For NO_PERSPECTIVE_WORK: the body whose view the finding takes (ITU-T, ISO).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapAspectType>>>>("alsoHolds").Description("Other kinds this finding also is, on the very same evidence (one finding, not several citing the same documents).").Resolve(c => c.Source.AlsoHolds);
        Field<NonNullGraphType<GapStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(g => g.EditorCreated);
        Field(g => g.Priority).Description("0-100; priorityBreakdown says how it was reached.");
        Field<GapPriorityType>("priorityBreakdown").Description("The formula's score and terms; while an editor's priority is set, priority is that and this shows what the formula gives.").Resolve(c => c.Source.PriorityBreakdown);
        Field<PriorityOverrideType>("priorityOverride").Description("An editor's priority and the reason given, when set.").Resolve(c => c.Source.PriorityOverride);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapEvidenceType>>>>("evidence").Description("Documents that bear on the gap and how they map to its topic.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("workInProgress").Description("Documents in development that may close the gap (batched per request).")
            .Resolve(c => c.Loaders().Documents.LoadMany(c.Source.WorkInProgress));
        Field(g => g.SuggestedOwner, nullable: true).Description("Who could take the work on, from the taxonomy's committee mandates.");
        Field(g => g.SuggestedOwnerMandate, nullable: true);
        Field(g => g.FirstSeenRun, nullable: true);
        Field(g => g.LastChangedRun, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapStatusChangeType>>>>("history").Description("Status changes, oldest first.").Resolve(c => c.Source.History);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapNoteType>>>>("notes").Description("Editors' notes, oldest first.").Resolve(c => c.Source.Notes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapProgressItemType>>>>("progress")
            .Description("What appeared, advanced or closed the gap since a date: the documents of its topic (and those it cites or lists as work) as they stood then and stand now, newest first.")
            .Argument<NonNullGraphType<DateScalar>>("since")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<GapQueries>().ProgressAsync(c.Source, c.GetArgument<DateOnly>("since"), c.CancellationToken));
        Field(g => g.Version).Description("Optimistic-concurrency version: every change increments it; updateGap/setGapStatus take expectedVersion.");
        Field<DateTimeOffsetGraphType>("updatedAt").Description("When the gap last changed.").Resolve(c => c.Source.UpdatedAt);
    }
}

internal sealed class GapProgressItemType : ObjectGraphType<GapProgressItem>
{
    public GapProgressItemType()
    {
        Name = "GapProgressItem";
        Description = "One document's progress on a gap's topic between a date and now.";
        Field<NonNullGraphType<IdGraphType>>("documentKey").Resolve(c => c.Source.DocumentKey);
        Field(i => i.Title);
        Field<NonNullGraphType<GapProgressChangeEnum>>("change").Resolve(c => c.Source.Change);
        Field<StringGraphType>("then").Description("Stage and edition at the start; null when the document did not exist yet.").Resolve(c => c.Source.Then?.State);
        Field<NonNullGraphType<StringGraphType>>("now").Description("Stage and date now.").Resolve(c => c.Source.Now.State);
        Field<StringGraphType>("dated").Description("The date of the edition now current (year, year-month or full date).").Resolve(c => c.Source.Now.Published?.ToString());
        Field(i => i.CountsAsCoverage).Description("True when the gap's topic is the document's main subject (it counts as coverage); false for related work.");
    }
}

internal sealed class GapProgressChangeEnum : EnumerationGraphType<GapProgressChange>;

internal sealed class GapAspectType : ObjectGraphType<GapAspect>
{
    public GapAspectType()
    {
        Name = "GapAspect";
        Description = "Another kind a gap also is on the same evidence.";
        Field<NonNullGraphType<GapKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(a => a.Perspective, nullable: true);
    }
}

internal sealed class PriorityOverrideType : ObjectGraphType<PriorityOverride>
{
    public PriorityOverrideType()
    {
        Name = "PriorityOverride";
        Description = "An editor's priority for a gap, with the reason, who set it and when.";
        Field(o => o.Score).Description("0-100.");
        Field(o => o.Reason);
        Field(o => o.Editor).Description("The editor's display name.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
    }
}

internal sealed class GapPriorityType : ObjectGraphType<GapPriority>
{
    public GapPriorityType()
    {
        Name = "GapPriority";
        Description = "A gap's priority with the formula written out and each term's value, so a reader can redo the sum.";
        Field(p => p.Score);
        Field(p => p.Formula);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriorityTermType>>>>("terms").Resolve(c => c.Source.Terms);
    }
}

internal sealed class PriorityTermType : ObjectGraphType<PriorityTerm>
{
    public PriorityTermType()
    {
        Name = "PriorityTerm";
        Field(t => t.Name);
        Field(t => t.Value).Description("The term's value, 0-1.");
        Field(t => t.Coefficient);
        Field(t => t.Explanation);
    }
}

internal sealed class GapEvidenceType : ObjectGraphType<GapEvidence>
{
    public GapEvidenceType()
    {
        Name = "GapEvidence";
        Field<NonNullGraphType<IdGraphType>>("documentKey").Resolve(c => c.Source.DocumentKey);
        Field<DocumentType>("document").Description("The document (batched per request); null when the graph no longer has it.")
            .Resolve(c => c.Loaders().Documents.Load(c.Source.DocumentKey));
        Field<NonNullGraphType<MappingTypeEnum>>("mapping").Resolve(c => c.Source.Mapping);
        Field(e => e.Confidence).Description("How sure the mapping is, 0-1.");
        Field(e => e.State, nullable: true).Description("The document's state in the analysed landscape, e.g. Published 2019-11.");
    }
}

internal sealed class GapStatusChangeType : ObjectGraphType<GapStatusChange>
{
    public GapStatusChangeType()
    {
        Name = "GapStatusChange";
        Field<GapStatusEnum>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<GapStatusEnum>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("The analysis run (run:...) or the editor.").Resolve(c => Security.DisplayNames.Of(c.Source.Actor));
        Field(s => s.Reason, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("evidenceKeys").Resolve(c => c.Source.EvidenceKeys);
    }
}

internal sealed class GapNoteType : ObjectGraphType<GapNote>
{
    public GapNoteType()
    {
        Name = "GapNote";
        Field<NonNullGraphType<StringGraphType>>("author").Resolve(c => Security.DisplayNames.Of(c.Source.Author));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field(n => n.Text);
    }
}
