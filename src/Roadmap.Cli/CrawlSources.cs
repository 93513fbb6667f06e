using Roadmap.Crawlers;
using Roadmap.Crawlers.Iso;
using Roadmap.Crawlers.Itu;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Cli;

/// <summary>The crawl sources the CLI knows, and every page parser by kind for <c>roadmap parse</c>.</summary>
internal static class CrawlSources
{
    public static IReadOnlyList<ICrawlSource> All { get; } = [new ItuSource(), new IsoSource()];

    public static IReadOnlyDictionary<string, IPageParser> ParsersByKind { get; } =
        All.SelectMany(s => s.Parsers).ToDictionary(p => p.Kind, StringComparer.Ordinal);
}
