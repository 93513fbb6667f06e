using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers;

/// <summary>Reads seed lines <c>kind url</c> from configuration or a snapshot.</summary>
public static class SourceSeeds
{
    public static IReadOnlyList<PageLink> Resolve(ICrawlSource source, SourceSettings? settings) =>
        settings is { Seeds.Count: > 0 } ? settings.Seeds.Select(Parse).ToList() : source.DefaultSeeds;

    public static PageLink Parse(string line)
    {
        var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !Uri.TryCreate(parts[1], UriKind.Absolute, out var url))
        {
            throw new ArgumentException($"seed '{line}' is not 'kind url'");
        }

        return new PageLink(url, parts[0]);
    }

    public static string Format(PageLink link) => $"{link.Kind} {link.Url.AbsoluteUri}";
}
