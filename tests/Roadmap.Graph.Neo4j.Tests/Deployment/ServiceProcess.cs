using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Roadmap.Graph.Neo4j.Tests.Deployment;

/// <summary>
/// One <c>roadmap serve</c> child process on the test's Neo4j, with a data folder of its own (its search index and
/// caches), as one replica behind a load balancer would run; what it prints is kept for a failure message.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, Uri url)
    {
        (_process, Url) = (process, url);
        Http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Url { get; }

    public HttpClient Http { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ServiceProcess Start(string dataFolder, IReadOnlyDictionary<string, string> environment)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = ChildProcess.Info(environment, "serve", "--urls", url.ToString().TrimEnd('/'), "--data", dataFolder);
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start roadmap serve");
        var service = new ServiceProcess(process, url);
        process.OutputDataReceived += (_, e) => service.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => service.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Waits until <c>/readyz</c> answers 200 (store reachable, index caught up).</summary>
    public async Task WaitReadyAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < limit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"roadmap serve exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri("/readyz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"{Url} was not ready within {limit}:\n{Output}");
    }

    /// <summary>Posts a GraphQL request with an API key; returns the HTTP status and the parsed answer.</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> GraphQlAsync(string key, string query, object? variables, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Add("X-Api-Key", key);
        using var response = await Http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}

/// <summary>Runs <c>dotnet roadmap.dll …</c> (built beside the tests) with settings in its environment.</summary>
internal static class ChildProcess
{
    public static ProcessStartInfo Info(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "roadmap.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }

    /// <summary>Runs a CLI verb to its end; returns its exit code and output.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, params string[] args)
    {
        using var process = Process.Start(Info(environment, args)) ?? throw new InvalidOperationException("could not start roadmap");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }

    public static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
