using Microsoft.Extensions.DependencyInjection;
using Roadmap.Crawlers;
using Roadmap.Crawlers.Parsing;
using Roadmap.Hosting;

namespace Roadmap.Cli;

/// <summary>The crawl sources the CLI knows — the registered bodies', as the service's — and every page parser by kind for <c>roadmap parse</c>.</summary>
internal static class CrawlSources
{
    public static IReadOnlyList<ICrawlSource> All { get; } = Registered(new ServiceCollection().AddRoadmapBodies());

    public static IReadOnlyDictionary<string, IPageParser> ParsersByKind { get; } =
        All.SelectMany(s => s.Parsers).ToDictionary(p => p.Kind, StringComparer.Ordinal);

    /// <summary>The sources registered in <paramref name="services"/>, in registration order.</summary>
    public static IReadOnlyList<ICrawlSource> Registered(IServiceCollection services)
    {
        using var provider = services.BuildServiceProvider();
        return [.. provider.GetServices<ICrawlSource>()];
    }
}
