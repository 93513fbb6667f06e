using Roadmap.Analysis.Classification;
using Roadmap.Api.GraphQL;
using Roadmap.Api.GraphQL.Analysis;
using Roadmap.Core.Analysis;
using Roadmap.Graph.Embedded;

namespace Roadmap.Api.Analysis;

internal static class AnalysisRegistration
{
    /// <summary>
    /// The analysis store (the data folder's SQLite file, whichever graph store serves the documents), the engine behind
    /// <see cref="AnalysisService"/> and the analysis part of the GraphQL schema (the background runs are a step of the change pipeline).
    /// </summary>
    public static IHostApplicationBuilder AddRoadmapAnalysis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IAnalysisStore>(sp => new SqliteAnalysisStore(sp.GetRequiredService<DataDirectory>().GraphDatabasePath, sp.GetRequiredService<TimeProvider>()));
        // Documents carry their topics (after editors' decisions) in the search index: the topic filter and facet.
        builder.Services.AddSingleton<ITopicSource>(sp => new DecidedTopics(sp.GetRequiredService<IAnalysisStore>()));
        builder.Services.AddSingleton<AnalysisService>();
        builder.Services.AddSingleton<IGraphQLSchemaContributor, AnalysisSchemaContributor>();
        return builder;
    }
}
