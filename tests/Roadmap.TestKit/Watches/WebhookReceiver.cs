using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Roadmap.TestKit.Watches;

/// <summary>A webhook receiver on 127.0.0.1 (HttpListener on a free port) that keeps every request and answers with a set status.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public WebhookReceiver(HttpStatusCode status = HttpStatusCode.OK)
    {
        Status = status;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/hook/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    public HttpStatusCode Status { get; set; }

    /// <summary>How long to wait before answering (a slow receiver, or one that hangs while its sender is killed).</summary>
    public TimeSpan Delay { get; set; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public sealed record Received(string Body, IReadOnlyDictionary<string, string> Headers);

    /// <summary>Waits until <paramref name="count"/> requests came (or the time is up) and returns them.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(int count, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        while (Requests.Count < count && !timeout.IsCancellationRequested)
        {
            await Task.Delay(20, CancellationToken.None);
        }

        return [.. Requests];
    }

    private async Task LoopAsync()
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

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using (var reader = new StreamReader(context.Request.InputStream))
            {
                var body = await reader.ReadToEndAsync();
                var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
                Requests.Enqueue(new Received(body, headers));
            }

            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }

            context.Response.StatusCode = (int)Status;
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // The sender went away (killed): nothing to answer.
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _ = _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
