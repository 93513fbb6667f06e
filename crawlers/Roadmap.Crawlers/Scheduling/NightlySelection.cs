namespace Roadmap.Crawlers.Scheduling;

/// <summary>Which sources a nightly run (or a triggered run that names none) crawls.</summary>
public static class NightlySelection
{
    /// <summary>The configured <see cref="CrawlerOptions.NightlySources"/>, else every registered source in registration order.</summary>
    public static IReadOnlyList<string> Of(CrawlerOptions options, IEnumerable<ICrawlSource> registered) =>
        options.NightlySources.Count > 0 ? options.NightlySources : [.. registered.Select(s => s.Name)];
}
