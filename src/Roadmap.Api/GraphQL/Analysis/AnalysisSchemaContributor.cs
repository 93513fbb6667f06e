using GraphQL;
using GraphQL.Types;
using Roadmap.Analysis.Overlaps;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Loading;
using Roadmap.Application.Analysis;
using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Analysis;

/// <summary>
/// The analysis in the schema: topics, coverage, gaps, overlaps, liaisons and runs (with <c>asOf</c> where the analysis
/// supports it), a document's topics and overlaps, and the editors' and admins' mutations. Queries in this file,
/// mutations in <c>AnalysisSchemaContributor.Mutations.cs</c>, gap listing in <c>.Gaps.cs</c>.
/// </summary>
internal sealed partial class AnalysisSchemaContributor : IGraphQLSchemaContributor
{
    public void ExtendQuery(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicType>>>>("topics")
            .Description("The topic taxonomy. rootsOnly: the tops of the tree; walk down with children.")
            .Argument<BooleanGraphType>("rootsOnly", a => a.DefaultValue = false)
            .Resolve(c => Service(c).Taxonomy.Nodes.Where(n => !c.GetArgument("rootsOnly", false) || n.ParentId is null).ToList());
        query.Field<NonNullGraphType<ReviewQueueType>>("reviewQueue")
            .Description("The classification review queue: the \"DLT, unclassified\" bucket and single-signal assignments.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<Roadmap.Application.Topics.ClassificationReview>().ListAsync(c.CancellationToken));
        query.Field<TopicType>("topic").Argument<NonNullGraphType<IdGraphType>>("id").Resolve(c => Service(c).Taxonomy.Find(c.GetArgument<string>("id")));
        query.Field<NonNullGraphType<CoverageType>>("coverage")
            .Description("Topic x body (or x committee) matrix; asOf null = current landscape.")
            .Argument<CoverageDimensionEnum>("dimension", a => a.DefaultValue = CoverageDimension.Body)
            .Argument<DateScalar>("asOf")
            .ResolveAsync(async c =>
            {
                var service = Service(c);
                var dimension = c.GetArgument("dimension", CoverageDimension.Body);
                var view = await service.ViewAsync(c.GetArgument<DateOnly?>("asOf"), c.CancellationToken);
                var cells = (view.Snapshot?.Coverage ?? []).Where(x => x.Dimension == dimension).ToList();
                return new CoverageView(view, dimension, service.Taxonomy.Nodes, cells);
            });
        AddGaps(query);
        AddOverlaps(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LiaisonSuggestionType>>>>("liaisons")
            .Description("Ranked liaison suggestions across bodies, strongest first; with `internal: true`, the pairs within one body or one committee tree (internal coordination) instead.")
            .PageArgument("first", 20, "How many suggestions")
            .Argument<DateScalar>("asOf")
            .Argument<BooleanGraphType>("internal", a => a.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                var view = await Service(c).ViewAsync(c.GetArgument<DateOnly?>("asOf"), c.CancellationToken);
                var list = c.GetArgument<bool>("internal") ? view.Snapshot?.InternalCoordination : view.Snapshot?.Liaisons;
                var page = (list ?? []).Take(PageSize.Read(c, "first", 20)).ToList();
                if (page.Count == 0)
                {
                    return page;
                }

                // Existing or new as the registry stands now, not as the run saw it.
                var registry = await c.Service<IGraphStore>().ListLiaisonsAsync(c.CancellationToken);
                var committees = (await c.Loaders().Committees.GetAsync(c.CancellationToken)).All;
                return LiaisonRanker.Relabel(page, LiaisonContext.Create(committees, registry, []));
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnalysisRunType>>>>("analysisRuns")
            .Description("Analysis runs (live and as-of), newest first.")
            .PageArgument("first", 20, "How many runs")
            .ResolveAsync(async c => await Service(c).Store.ListRunsAsync(Math.Max(1, PageSize.Read(c, "first", 20)), c.CancellationToken));
        query.Field<NonNullGraphType<AnalysisStatusType>>("analysisStatus")
            .Description("When the live analysis last ran and what it has not taken in yet; the service re-runs it by itself within seconds of a change.")
            .ResolveAsync(async c => await Service(c).StatusAsync(c.CancellationToken));
    }

    public void ExtendDocument(ObjectGraphType<Document> document)
    {
        document.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentTopicType>>>>("topics")
            .Description("Topics with evidence; editors' pins included, rejected ones only with includeRejected (batched per request).")
            .Argument<BooleanGraphType>("includeRejected", a => a.DefaultValue = false)
            .Resolve(c =>
            {
                var includeRejected = c.GetArgument("includeRejected", false);
                return AnalysisLoaders.Of(c).Topics.Load(c.Source.Key)
                    .Select(rows => (rows ?? []).Where(r => includeRejected || !r.Rejected).ToList());
            });
        document.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapType>>>>("overlaps")
            .Description("Overlaps this document is part of, strongest first (batched per request).")
            .PageArgument("first", 10, "How many overlaps")
            .Argument<BooleanGraphType>("includeKnown", a => a.DefaultValue = false)
            .Resolve(c =>
            {
                var (first, includeKnown) = (PageSize.Read(c, "first", 10), c.GetArgument("includeKnown", false));
                return AnalysisLoaders.Of(c).Overlaps.Load(c.Source.Key)
                    .Select(overlaps => (overlaps ?? []).Where(o => includeKnown || !o.IsKnown).Take(first).ToList());
            });
    }

    private static AnalysisService Service(IResolveFieldContext context) => context.Service<AnalysisService>();
}
