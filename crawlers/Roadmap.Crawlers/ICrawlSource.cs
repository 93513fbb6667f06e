using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers;

/// <summary>A standards body's site: where a crawl starts, how each kind of page reads, which links are worth following.</summary>
public interface ICrawlSource
{
    /// <summary>The source's name, e.g. <c>itu-t</c>, <c>iso</c>; also the actor of the changes it writes.</summary>
    string Name { get; }

    /// <summary>The body's pages to start from when no seeds are configured.</summary>
    IReadOnlyList<PageLink> DefaultSeeds { get; }

    IReadOnlyCollection<IPageParser> Parsers { get; }

    /// <summary>True when a discovered link is in scope (the configured series, ranges and committees).</summary>
    bool Follows(PageLink link, SourceSettings settings);
}
