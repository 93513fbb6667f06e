using GraphQL;
using GraphQL.Types;
using Roadmap.Application.Analysis;
using Roadmap.Application.Topics;
using Roadmap.Core.Analysis;

namespace Roadmap.Api.GraphQL.Analysis;

internal sealed class DocumentTopicType : ObjectGraphType<DocumentTopic>
{
    public DocumentTopicType()
    {
        Name = "DocumentTopic";
        Description = "A topic of a document: its score (0-1), whether an editor pinned or rejected it, and why the rules put it there.";
        Field<NonNullGraphType<TopicType>>("topic").Resolve(c => AnalysisViews.TopicOrStandIn(c.RequestServices!.GetRequiredService<AnalysisService>().Taxonomy, c.Source.TopicId));
        Field(t => t.Score);
        Field(t => t.Pinned);
        Field(t => t.Rejected);
        Field<EditorDecisionType>("decision").Resolve(c => c.Source.Decision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClassificationEvidenceType>>>>("evidence").Resolve(c => c.Source.Assignment.Evidence);
    }
}

internal sealed class ClassificationEvidenceType : ObjectGraphType<ClassificationEvidence>
{
    public ClassificationEvidenceType()
    {
        Name = "ClassificationEvidence";
        Description = "One reason a document sits under a topic: the rule, pattern, committee hint or editor, and the terms that matched.";
        Field<NonNullGraphType<EvidenceKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(e => e.RuleId);
        Field(e => e.Detail);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("terms").Description("field:term pairs that matched, e.g. title:threat.").Resolve(c => c.Source.Terms);
        Field(e => e.Weight);
    }
}

internal sealed class EditorDecisionType : ObjectGraphType<EditorDecision>
{
    public EditorDecisionType()
    {
        Name = "EditorDecision";
        Field<NonNullGraphType<DecisionKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("editor").Resolve(c => Security.DisplayNames.Of(c.Source.Editor));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field(d => d.Note, nullable: true);
    }
}
