using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Roadmap.Graph.Neo4j.Tests.Deployment;

/// <summary>A crawl target on 127.0.0.1: every page an empty listing, so a crawl run starts, finds nothing and ends.</summary>
internal sealed class LoopbackSite : IDisposable
{
    private readonly HttpListener _listener = new();

    public LoopbackSite()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _ = ServeAsync();
    }

    public Uri Url { get; }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var page = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Empty listing</title></head><body><p>No items.</p></body></html>");
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength64 = page.Length;
            await context.Response.OutputStream.WriteAsync(page);
            context.Response.Close();
        }
    }
}
