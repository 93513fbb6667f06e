using Microsoft.Extensions.Logging;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Runs;

public sealed partial class CrawlEngine
{
    // One page: a failure or drift is recorded and the run goes on; only cancellation escapes. Whatever a site sends,
    // and whatever the fetcher or a parser makes of it, fails that page and no more.
    private async Task<ParsedPage?> VisitAsync(ICrawlSource source, Dictionary<string, IPageParser> parsers, CheckpointLink next, CrawlCheckpoint checkpoint, Dictionary<string, int> listings, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(next.Url, UriKind.Absolute, out var url))
        {
            checkpoint.Failures.Add(new PageFailure(next.Url, next.Kind, "not an absolute URL"));
            return null;
        }

        var link = new PageLink(url, next.Kind);
        if (!parsers.TryGetValue(link.Kind, out var parser))
        {
            checkpoint.Failures.Add(new PageFailure(link.Url.AbsoluteUri, link.Kind, $"{source.Name} has no parser for page kind '{link.Kind}'"));
            return null;
        }

        FetchedPage page;
        try
        {
            page = await fetcher.FetchAsync(link.Url, source.Name, cancellationToken);
        }
        catch (PageFetchException ex)
        {
            checkpoint.Failures.Add(new PageFailure(link.Url.AbsoluteUri, link.Kind, ex.Reason));
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnexpected(logger, source.Name, link.Url, ex);
            checkpoint.Failures.Add(new PageFailure(link.Url.AbsoluteUri, link.Kind, $"fetch failed: {ex.GetType().Name}: {ex.Message}"));
            return null;
        }

        checkpoint.Retries += Math.Max(0, page.Attempts - 1);
        checkpoint.NotModified += page.NotModified ? 1 : 0;
        ParsedPage parsed;
        try
        {
            // Links resolve against where the bytes came from: the URL a redirect ended at.
            parsed = parser.Parse(page.Text, page.Url);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            checkpoint.Failures.Add(new PageFailure(link.Url.AbsoluteUri, link.Kind, $"parser failed: {ex.Message}"));
            return null;
        }

        if (parsed.Failed)
        {
            // The page no longer reads as it did: keep what the graph has, say which selector broke.
            var first = parsed.Problems.First(p => p.Fatal);
            checkpoint.Drift.Add(new DriftWarning(source.Name, link.Kind, link.Url.AbsoluteUri, first.Selector, first.Message));
            LogDrift(logger, source.Name, link.Url, first.Selector, first.Message);
            return null;
        }

        if (!CheckListing(source.Name, link, parsed, checkpoint, listings))
        {
            return parsed with { Documents = [], Relations = [], Committees = [] };
        }

        await WriteAsync(source.Name, parsed, page, checkpoint, cancellationToken);
        return parsed;
    }

    // A listing far shorter than last time is more likely a layout change than mass withdrawal: flag it, keep the old count.
    private bool CheckListing(string source, PageLink link, ParsedPage parsed, CrawlCheckpoint checkpoint, Dictionary<string, int> listings)
    {
        if (parsed.ListedItems is not { } count)
        {
            return true;
        }

        var key = link.Url.AbsoluteUri;
        if (listings.TryGetValue(key, out var last) && last > 0 && count < last * options.DriftRatio)
        {
            checkpoint.Drift.Add(new DriftWarning(source, link.Kind, key, "listing rows", $"listed {count} item(s), {last} last time"));
            LogDrift(logger, source, link.Url, "listing rows", $"listed {count} item(s), {last} last time");
            return false;
        }

        listings[key] = count;
        return true;
    }

    private async Task WriteAsync(string source, ParsedPage parsed, FetchedPage page, CrawlCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        if (parsed.Documents.Count == 0 && parsed.Committees.Count == 0 && parsed.Relations.Count == 0)
        {
            return;
        }

        var provenance = new Provenance(page.Url.AbsoluteUri, page.FetchedAt, page.ContentHash);
        var documents = parsed.Documents
            .Select(d => d with { Editions = [.. d.Editions.Select(e => e with { Provenance = provenance })] })
            .ToList();
        var batch = new GraphBatch { Documents = documents, Committees = parsed.Committees, Relations = parsed.Relations };
        var report = await store.UpsertAsync(batch, new ChangeContext(checkpoint.RunId, source, time.GetUtcNow()), cancellationToken);
        checkpoint.Added += report.Added;
        checkpoint.Changed += report.Changed;
        checkpoint.Unchanged += report.Unchanged;
        if (report.Added + report.Changed > 0)
        {
            await state.AppendProvenanceAsync(
                new CrawlProvenance { RunId = checkpoint.RunId, Url = page.Url.AbsoluteUri, FetchedAt = page.FetchedAt, ContentHash = page.ContentHash, Keys = [.. documents.Select(d => d.Key)] },
                cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crawl {Source}: fetching {Url} failed unexpectedly; the page is failed")]
    private static partial void LogUnexpected(ILogger logger, string source, Uri url, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Layout drift in {Source} at {Url}: selector {Selector}: {Problem}")]
    private static partial void LogDrift(ILogger logger, string source, Uri url, string selector, string problem);
}
