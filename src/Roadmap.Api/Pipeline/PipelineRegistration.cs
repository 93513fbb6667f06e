using Microsoft.Extensions.Options;
using Roadmap.Api.Search;
using Roadmap.Application.Analysis;
using Roadmap.Application.Pipeline;
using Roadmap.Core.Coordination;
using Roadmap.Core.Graph;
using Roadmap.Hosting;

namespace Roadmap.Api.Pipeline;

internal static class PipelineRegistration
{
    /// <summary>
    /// What happens after a write: search index → analysis (when <c>Roadmap:Analysis:AutoRun</c>) → topic re-filing → watch events, run by
    /// <see cref="ChangePipelineService"/> and woken by <see cref="PipelineWake"/>. An API replica (<see cref="ServiceRole.Api"/>)
    /// runs the search index step only: its index is its own, while the analysis and the watch events are written once, by the worker.
    /// (The index sync re-files documents whose topics the worker's analysis changed, so the replica's topic filter follows.)
    /// </summary>
    public static IHostApplicationBuilder AddRoadmapPipeline(this IHostApplicationBuilder builder)
    {
        var background = builder.GetServiceRole().RunsBackgroundWork();
        builder.Services.AddSingleton<PipelineWake>();
        builder.Services.AddSingleton(sp =>
        {
            var index = new SearchIndexProjection(sp.GetRequiredService<SearchIndexHost>());
            if (!background)
            {
                return new ChangePipeline(sp.GetRequiredService<IGraphStore>(), [index]);
            }

            IChangeProjection[] steps = sp.GetRequiredService<IOptions<AnalysisOptions>>().Value.AutoRun
                ? [index, new AnalysisProjection(sp.GetRequiredService<AnalysisService>(), index, startWhenMissing: true, Lease(sp)), new TopicRefilingProjection(sp.GetRequiredService<SearchIndexHost>())]
                : [index];
            // Watches come last: their query and topic rules read what the index and the analysis now hold.
            if (sp.GetService<Roadmap.Application.Watches.WatchProjection>() is { } watches)
            {
                steps = [.. steps, watches];
            }

            return new ChangePipeline(sp.GetRequiredService<IGraphStore>(), steps);
        });
        builder.Services.AddSingleton<ChangePipelineService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChangePipelineService>());
        return builder;
    }

    // Instances sharing one store (several services on one Neo4j) run the live analysis one at a time.
    private static AnalysisLease Lease(IServiceProvider services) =>
        new(services.GetRequiredService<ILeaseStore>(), services.GetRequiredService<TimeProvider>());
}
