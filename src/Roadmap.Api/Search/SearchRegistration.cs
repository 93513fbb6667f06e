using Roadmap.Api.Hosting;

namespace Roadmap.Api.Search;

internal static class SearchRegistration
{
    /// <summary>The data folder's search index and the background service that keeps it in sync.</summary>
    public static IHostApplicationBuilder AddRoadmapSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SearchIndexHost>();
        builder.Services.AddSingleton<SearchResultCache>();
        builder.Services.AddSingleton<IndexSyncService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IndexSyncService>());
        return builder;
    }
}
