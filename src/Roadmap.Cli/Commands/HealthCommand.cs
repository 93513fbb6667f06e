using System.CommandLine;
using System.Net;

namespace Roadmap.Cli.Commands;

/// <summary>
/// <c>roadmap health</c>: asks a running service whether it is alive (<c>/healthz</c>) or ready (<c>/readyz</c>: store and
/// index answer). Exit 0 when it is, 1 when not: the container health check and scripts use it, so no curl is needed.
/// </summary>
internal static class HealthCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static Command Create(CliConsole console)
    {
        var url = new Option<string>("--url") { Description = $"The service's base URL (default {ServeCommand.DefaultUrls})", DefaultValueFactory = _ => ServeCommand.DefaultUrls };
        var ready = new Option<bool>("--ready") { Description = "Check readiness (graph store and search index reachable), not only that the process answers" };
        var command = new Command("health", "Check that a running Roadmap service answers; exit 0 when healthy, 1 when not") { url, ready };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var target = Target(result.GetValue(url) ?? ServeCommand.DefaultUrls, result.GetValue(ready));
            if (target is null)
            {
                await console.Error.WriteLineAsync($"error: --url must be an absolute http(s) URL, not '{result.GetValue(url)}'");
                return ExitCodes.BadUsage;
            }

            return await CheckAsync(console, target, ct);
        }));
        return command;
    }

    private static Uri? Target(string baseUrl, bool ready)
    {
        if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return new Uri(root, ready ? "readyz" : "healthz");
    }

    private static async Task<int> CheckAsync(CliConsole console, Uri target, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(target, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                await console.Out.WriteLineAsync($"{target}: healthy {body}");
                return ExitCodes.Ok;
            }

            await console.Error.WriteLineAsync($"{target}: unhealthy ({(int)response.StatusCode}) {body}");
            return ExitCodes.RuntimeError;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"{target}: no answer within {Timeout.TotalSeconds:0} s");
            return ExitCodes.RuntimeError;
        }
        catch (HttpRequestException ex)
        {
            await console.Error.WriteLineAsync($"{target}: unreachable ({ex.Message})");
            return ExitCodes.RuntimeError;
        }
    }
}
