using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Crawlers.Fetching;

namespace Roadmap.Crawlers.Tests.Hostile;

/// <summary>
/// The crawler's own handler with a tripwire in its connect step: a connection to anything but 127.0.0.1 is recorded
/// and refused before a socket is opened, so a test that follows a hostile redirect can never reach another address,
/// even if the code under test is wrong.
/// </summary>
internal static class LoopbackOnly
{
    public static HttpPageFetcher Fetcher(CrawlerOptions options, string folder, ConcurrentQueue<string> tripped) =>
        Fetcher(options, folder, tripped, out _);

    /// <param name="counter">Counts the decoded body bytes the fetcher reads.</param>
    public static HttpPageFetcher Fetcher(CrawlerOptions options, string folder, ConcurrentQueue<string> tripped, out BodyCountingHandler counter)
    {
        var handler = HttpPageFetcher.CreateHandler(options);
        var guarded = handler.ConnectCallback!;
        handler.ConnectCallback = (context, cancellationToken) =>
        {
            if (context.DnsEndPoint.Host != "127.0.0.1")
            {
                tripped.Enqueue(context.DnsEndPoint.ToString());
                throw new InvalidOperationException($"test tripwire: connection to {context.DnsEndPoint} refused");
            }

            return guarded(context, cancellationToken);
        };
        counter = new BodyCountingHandler(handler);
        return new HttpPageFetcher(options, new HttpCache(Path.Combine(folder, "http-cache")), TimeProvider.System, NullLogger.Instance, counter);
    }
}
