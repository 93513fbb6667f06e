using GraphQL;
using GraphQL.Types;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Application.Analysis;

namespace Roadmap.Api.GraphQL.Analysis;

/// <summary>A topic of the taxonomy (schema/taxonomy.yaml).</summary>
internal sealed class TopicType : ObjectGraphType<TaxonomyNode>
{
    public TopicType()
    {
        Name = "Topic";
        Description = "A topic of the taxonomy (schema/taxonomy.yaml): a node of the tree the analysis classifies documents under.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(t => t.Name);
        Field(t => t.Scope, nullable: true).Description("What the topic covers, in a sentence.");
        Field(t => t.Weight).Description("How much the topic matters to the roadmap, 0-1.");
        Field<TopicType>("parent").Resolve(c => c.Source.ParentId is { } parent ? Taxonomy(c).Find(parent) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicType>>>>("children").Resolve(c => Taxonomy(c).ChildrenOf(c.Source.Id).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicType>>>>("path").Description("From the root down to this topic (inclusive).")
            .Resolve(c => Taxonomy(c).AncestorsOf(c.Source.Id).Reverse().Append(c.Source).ToList());
        Field<NonNullGraphType<IntGraphType>>("documentCount").Description("Documents classified under the topic or below it (current landscape, editors' decisions applied).")
            .ResolveAsync(async c =>
            {
                var current = await c.RequestServices!.GetRequiredService<AnalysisService>().CurrentAsync(c.CancellationToken);
                return AnalysisViews.SubtreeKeys(Taxonomy(c), current, c.Source.Id).Count;
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitteeMandateType>>>>("owners")
            .Description("Committees whose mandate covers the topic (its own, or its nearest ancestor's).")
            .Resolve(c => Taxonomy(c).OwnersOf(c.Source.Id));
    }

    private static TopicTaxonomy Taxonomy(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AnalysisService>().Taxonomy;
}

internal sealed class CommitteeMandateType : ObjectGraphType<CommitteeMandate>
{
    public CommitteeMandateType()
    {
        Name = "CommitteeMandate";
        Field(m => m.Committee);
        Field(m => m.Mandate);
    }
}
