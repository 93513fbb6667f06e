using Roadmap.Api.Hosting;
using Roadmap.Application.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Api.Search;

internal static class SearchRegistration
{
    /// <summary>The data folder's search index (kept in step with the store by the change pipeline), the result cache and the designation lookup over both stores.</summary>
    public static IHostApplicationBuilder AddRoadmapSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SearchIndexHost>();
        builder.Services.AddSingleton<SearchResultCache>();
        builder.Services.AddSingleton(sp => new DocumentFinder(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<SearchIndexHost>().Index));
        return builder;
    }
}
