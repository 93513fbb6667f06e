using Roadmap.Api.Hosting;

namespace Roadmap.Api.Search;

internal static class SearchRegistration
{
    /// <summary>The data folder's search index (kept in step with the store by the change pipeline) and the result cache.</summary>
    public static IHostApplicationBuilder AddRoadmapSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SearchIndexHost>();
        builder.Services.AddSingleton<SearchResultCache>();
        return builder;
    }
}
