using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Roadmap.Bench;

/// <summary>A closed-loop HTTP load generator: N workers over N pooled connections, each sending its next request as soon as the last answers.</summary>
internal sealed class LoadLoop(Uri baseAddress, int connections)
{
    public async Task<LoadResult> RunAsync(string name, Func<int, string> body, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        await RunPhaseAsync(client, body, warmup, cancellationToken);
        var (latencies, errors, elapsed, sample) = await RunPhaseAsync(client, body, duration, cancellationToken);
        latencies.Sort();
        return new LoadResult(name, latencies.Count, errors, elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99), sample);
    }

    private async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed, string? FirstError)> RunPhaseAsync(HttpClient client, Func<int, string> body, TimeSpan length, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var perWorker = new List<double>[connections];
        var errors = 0;
        string? firstError = null;
        var counter = 0;
        var workers = Enumerable.Range(0, connections).Select(async w =>
        {
            var latencies = perWorker[w] = new List<double>(100_000);
            while (stopwatch.Elapsed < length && !cancellationToken.IsCancellationRequested)
            {
                var payload = body(Interlocked.Increment(ref counter));
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new StringContent(payload, Encoding.UTF8, "application/json");
                    using var response = await client.PostAsync("/graphql", content, cancellationToken);
                    var text = await response.Content.ReadAsStringAsync(cancellationToken);
                    if (!response.IsSuccessStatusCode || text.Contains("\"errors\"", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, $"{(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}", null);
                    }
                }
                catch (HttpRequestException ex)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, ex.Message, null);
                }

                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }).ToList();
        await Task.WhenAll(workers);
        return ([.. perWorker.SelectMany(l => l)], errors, stopwatch.Elapsed, firstError);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

internal sealed record LoadResult(string Name, int Requests, int Errors, TimeSpan Elapsed, double P50, double P99, string? FirstError)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;

    public string Row(double target) => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Requests:N0} | **{PerSecond:N0}** | ≥ {target:N0} | {P50:F2} | {P99:F2} | {Errors} |\n");
}
