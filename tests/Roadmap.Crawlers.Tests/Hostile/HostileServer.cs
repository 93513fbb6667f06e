using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Roadmap.Crawlers.Tests.Hostile;

/// <summary>Kestrel on 127.0.0.1:0 answering each path with whatever a test scripts for it; 404 for the rest.</summary>
internal sealed class HostileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requested = new();

    private HostileServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(context =>
        {
            var path = context.Request.Path + context.Request.QueryString;
            _requested.Enqueue(path);
            return _routes.TryGetValue(path, out var route) ? route(context) : NotFound(context);
        });
    }

    public Uri BaseAddress => new(_app.Urls.First());

    /// <summary>The paths asked for, in order.</summary>
    public IReadOnlyCollection<string> Requested => _requested;

    public static async Task<HostileServer> StartAsync()
    {
        var server = new HostileServer();
        await server._app.StartAsync();
        return server;
    }

    public Uri Url(string pathAndQuery) => new(BaseAddress, pathAndQuery);

    public HostileServer On(string pathAndQuery, RequestDelegate respond)
    {
        _routes[pathAndQuery] = respond;
        return this;
    }

    public HostileServer Page(string pathAndQuery, string html) =>
        On(pathAndQuery, context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(html);
        });

    public HostileServer Redirect(string pathAndQuery, string location, int status = 302) =>
        On(pathAndQuery, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
}
