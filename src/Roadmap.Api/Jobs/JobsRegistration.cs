using Roadmap.Api.GraphQL;
using Roadmap.Application.Jobs;

namespace Roadmap.Api.Jobs;

internal static class JobsRegistration
{
    /// <summary>Admin work in the background (index rebuilds, analysis runs, triggered crawls) and the GraphQL fields that report on it.</summary>
    public static IHostApplicationBuilder AddRoadmapJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new JobBoard(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping));
        builder.Services.AddSingleton<IGraphQLSchemaContributor, JobsSchemaContributor>();
        return builder;
    }
}
