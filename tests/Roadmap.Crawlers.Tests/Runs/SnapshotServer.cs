using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Roadmap.Crawlers.Snapshots;

namespace Roadmap.Crawlers.Tests.Runs;

/// <summary>
/// Kestrel on 127.0.0.1:0 serving a snapshot folder by path and query, with ETags and 304s, and a seeded share of
/// faulty responses: 500, 429 with Retry-After, connection resets, hangs past the client's timeout, truncated bodies.
/// </summary>
internal sealed class SnapshotServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, SnapshotEntry> _byPath;
    private readonly ConcurrentDictionary<string, string> _overrides = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RequestDelegate> _scripted = new(StringComparer.Ordinal);
    private readonly Random _random = new(1234);
    private readonly string _folder;
    private int _requests;
    private int _unconditional;
    private int _faults;

    private SnapshotServer(string folder)
    {
        _folder = folder;
        _byPath = SnapshotManifest.Load(folder).Entries.ToDictionary(e => new Uri(e.Url).PathAndQuery, StringComparer.Ordinal);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(ServeAsync);
    }

    public double FaultRate { get; set; }

    public int Requests => _requests;

    public int UnconditionalRequests => _unconditional;

    public int Faults => _faults;

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<SnapshotServer> StartAsync(string folder)
    {
        var server = new SnapshotServer(folder);
        await server._app.StartAsync();
        return server;
    }

    /// <summary>Serves new bytes for a path from now on (a page that changed on the site).</summary>
    public void Override(string pathAndQuery, string body) => _overrides[pathAndQuery] = body;

    /// <summary>Answers a path with whatever <paramref name="respond"/> writes (a hostile response) from now on.</summary>
    public void Script(string pathAndQuery, RequestDelegate respond) => _scripted[pathAndQuery] = respond;

    public void ResetCounters() => (_requests, _unconditional, _faults) = (0, 0, 0);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var conditional = context.Request.Headers.IfNoneMatch.Count > 0;
        if (!conditional)
        {
            Interlocked.Increment(ref _unconditional);
        }

        int fault;
        lock (_random)
        {
            fault = _random.NextDouble() < FaultRate ? _random.Next(5) : -1;
        }

        if (fault >= 0)
        {
            Interlocked.Increment(ref _faults);
            await FailAsync(context, fault);
            return;
        }

        var path = context.Request.Path + context.Request.QueryString;
        if (_scripted.TryGetValue(path, out var scripted))
        {
            await scripted(context);
            return;
        }

        if (path == "/robots.txt")
        {
            context.Response.Headers.ETag = "\"robots-1\"";
            if (conditional)
            {
                context.Response.StatusCode = 304;
                return;
            }

            await context.Response.WriteAsync("User-agent: *\nDisallow: /private/\n");
            return;
        }

        if (!_byPath.TryGetValue(path, out var entry))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var body = _overrides.TryGetValue(path, out var changed)
            ? System.Text.Encoding.UTF8.GetBytes(changed)
            : await File.ReadAllBytesAsync(Path.Combine(_folder, entry.File));
        var etag = _overrides.ContainsKey(path) ? "\"changed-" + body.Length + "\"" : entry.ETag ?? "\"e\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.ContentType = entry.ContentType;
        await context.Response.Body.WriteAsync(body);
    }

    private static async Task FailAsync(HttpContext context, int fault)
    {
        switch (fault)
        {
            case 0:
                context.Response.StatusCode = 500;
                break;
            case 1:
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                break;
            case 2:
                context.Abort();
                break;
            case 3:
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            default:
                context.Response.ContentLength = 5000;
                await context.Response.Body.WriteAsync(new byte[100]);
                await context.Response.Body.FlushAsync();
                context.Abort();
                break;
        }
    }
}
