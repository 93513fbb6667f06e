using Microsoft.Extensions.Options;
using Roadmap.Api.GraphQL;
using Roadmap.Api.Search;
using Roadmap.Application.Analysis;
using Roadmap.Application.Watches;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;
using Roadmap.Core.Watches;
using Roadmap.Hosting;

namespace Roadmap.Api.Watches;

internal static class WatchRegistration
{
    /// <summary>
    /// Watch lists (issue #22): the use cases, the projection the change pipeline runs last (events from the store's
    /// changes), the background delivery (webhooks, digests), the feeds and the GraphQL fields. The store is registered
    /// with the others (<c>AddRoadmapStorage</c>).
    /// </summary>
    public static IHostApplicationBuilder AddRoadmapWatches(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WatchDeliveryOptions>().BindConfiguration(WatchDeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IWatchFacts>(sp => new AnalysisWatchFacts(
            sp.GetRequiredService<IAnalysisStore>(),
            () => sp.GetRequiredService<AnalysisService>().Taxonomy,
            sp.GetRequiredService<SearchIndexHost>().Index as ITextMatcher ?? throw new InvalidOperationException("the search index cannot answer watch queries")));
        services.AddSingleton<WatchService>();
        services.AddSingleton<WatchFeeds>();
        services.AddSingleton(sp => new WatchProjection(
            sp.GetRequiredService<IGraphStore>(),
            sp.GetRequiredService<IWatchStore>(),
            sp.GetRequiredService<IWatchFacts>(),
            SignificantTransitions.Bundled,
            sp.GetRequiredService<TimeProvider>(),
            new WatchGapEvents(sp.GetRequiredService<IAnalysisStore>(), sp.GetRequiredService<IWatchStore>(), sp.GetRequiredService<IWatchFacts>(), sp.GetRequiredService<TimeProvider>()),
            new WatchOverlapEvents(sp.GetRequiredService<IAnalysisStore>(), sp.GetRequiredService<IWatchStore>(), sp.GetRequiredService<TimeProvider>())));
        services.AddHttpClient(WebhookSender.ClientName);
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<DigestMailer>();
        services.AddSingleton<WatchDeliveryService>();
        // Deliveries are background work: an API replica records nothing to deliver and sends nothing, the worker does both.
        if (builder.GetServiceRole().RunsBackgroundWork())
        {
            services.AddHostedService(sp => sp.GetRequiredService<WatchDeliveryService>());
        }

        services.AddSingleton<IGraphQLSchemaContributor, WatchSchemaContributor>();
        return builder;
    }
}
