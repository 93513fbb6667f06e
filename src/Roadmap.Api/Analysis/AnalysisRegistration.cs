using Microsoft.Extensions.Options;
using Roadmap.Analysis.Classification;
using Roadmap.Api.GraphQL;
using Roadmap.Api.GraphQL.Analysis;
using Roadmap.Api.Search;
using Roadmap.Application.Analysis;
using Roadmap.Application.Audit;
using Roadmap.Application.Gaps;
using Roadmap.Application.Pipeline;
using Roadmap.Application.Topics;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;

namespace Roadmap.Api.Analysis;

internal static class AnalysisRegistration
{
    /// <summary>
    /// The analysis use cases (runs and their caches, gap queries and edits, topic decisions, the audit trail they write),
    /// the topics documents are indexed under, and the analysis part of the GraphQL schema (the store is registered with the
    /// others; the background runs are a step of the change pipeline).
    /// </summary>
    public static IHostApplicationBuilder AddRoadmapAnalysis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Documents carry their topics (after editors' decisions) in the search index: the topic filter and facet.
        builder.Services.AddSingleton<ITopicSource>(sp => new DecidedTopics(sp.GetRequiredService<IAnalysisStore>()));
        builder.Services.AddSingleton(sp =>
        {
            var index = sp.GetRequiredService<SearchIndexHost>().Index;
            return new AnalysisService(
                sp.GetRequiredService<IGraphStore>(),
                sp.GetRequiredService<IAnalysisStore>(),
                index as ITextMatcher ?? throw new InvalidOperationException("the search index cannot answer the analysis' rule queries"),
                () => index.ChangesThrough,
                sp.GetRequiredService<IOptions<AnalysisOptions>>().Value,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<AnalysisService>>(),
                sp.GetRequiredService<PipelineWake>(),
                Roadmap.Embeddings.MiniLmEmbedder.Shared);
        });
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddSingleton<AnalysisJobs>();
        builder.Services.AddSingleton<GapQueries>();
        builder.Services.AddSingleton<TopicMembers>();
        builder.Services.AddSingleton<ClassificationReview>();
        builder.Services.AddSingleton<GapEditor>();
        builder.Services.AddSingleton<TopicDecisions>();
        builder.Services.AddSingleton<IGraphQLSchemaContributor, AnalysisSchemaContributor>();
        builder.Services.AddSingleton<IGraphQLSchemaContributor, Roadmap.Api.GraphQL.Liaisons.LiaisonSchemaContributor>();
        return builder;
    }
}
