using Roadmap.Analysis.Classification;
using Roadmap.Api.GraphQL;
using Roadmap.Api.GraphQL.Analysis;
using Roadmap.Core.Analysis;

namespace Roadmap.Api.Analysis;

internal static class AnalysisRegistration
{
    /// <summary>
    /// The engine behind <see cref="AnalysisService"/>, the topics documents are indexed under, and the analysis part of the
    /// GraphQL schema (the store is registered with the others; the background runs are a step of the change pipeline).
    /// </summary>
    public static IHostApplicationBuilder AddRoadmapAnalysis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Documents carry their topics (after editors' decisions) in the search index: the topic filter and facet.
        builder.Services.AddSingleton<ITopicSource>(sp => new DecidedTopics(sp.GetRequiredService<IAnalysisStore>()));
        builder.Services.AddSingleton<AnalysisService>();
        builder.Services.AddSingleton<IGraphQLSchemaContributor, AnalysisSchemaContributor>();
        builder.Services.AddSingleton<IGraphQLSchemaContributor, Roadmap.Api.GraphQL.Liaisons.LiaisonSchemaContributor>();
        return builder;
    }
}
