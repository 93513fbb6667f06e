using System.CommandLine;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Roadmap.Cli.Commands;

/// <summary>
/// <c>roadmap jobs</c>: the background jobs of a running service (index rebuilds, analysis runs, triggered crawls) with
/// their progress and outcome, or one job by id. Reads the service's GraphQL API with an admin key.
/// </summary>
internal static class JobsCommand
{
    private const string Fields = "id kind state requestedBy startedAt finishedAt progress outcome resultId error";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static Command Create(CliConsole console)
    {
        var id = new Argument<string?>("id") { Description = "A job id, as a mutation returned it; all recent jobs when omitted", DefaultValueFactory = _ => null };
        var url = new Option<string>("--url") { Description = $"The service's base URL (default {ServeCommand.DefaultUrls})", DefaultValueFactory = _ => ServeCommand.DefaultUrls };
        var key = new Option<string?>("--key") { Description = "An admin API key (default: $ROADMAP_API_KEY)" };
        var json = GlobalOptions.Json("the jobs");
        var command = new Command("jobs", "Show a running service's background jobs (index rebuilds, analysis runs, crawls): state, progress, outcome") { id, url, key, json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var baseUrl = result.GetValue(url) ?? ServeCommand.DefaultUrls;
            if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/graphql", UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
            {
                await console.Error.WriteLineAsync($"error: --url must be an absolute http(s) URL, not '{baseUrl}'");
                return ExitCodes.BadUsage;
            }

            var apiKey = result.GetValue(key) ?? Environment.GetEnvironmentVariable("ROADMAP_API_KEY");
            var one = result.GetValue(id);
            var query = one is null ? $"{{ jobs {{ {Fields} }} }}" : $"query($id: ID!) {{ job(id: $id) {{ {Fields} }} }}";
            var data = await QueryAsync(endpoint, apiKey, query, one is null ? null : new { id = one }, ct);
            var jobs = one is null ? data.GetProperty("jobs").EnumerateArray().ToList() : data.GetProperty("job") is { ValueKind: JsonValueKind.Object } found ? [found] : [];
            if (one is not null && jobs.Count == 0)
            {
                await console.Error.WriteLineAsync($"error: no job '{one}' (the service keeps the newest 100)");
                return ExitCodes.RuntimeError;
            }

            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(jobs);
                return ExitCodes.Ok;
            }

            if (jobs.Count == 0)
            {
                await console.Out.WriteLineAsync("no background jobs since the service started");
            }

            foreach (var job in jobs)
            {
                await console.Out.WriteLineAsync(Line(job));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Line(JsonElement job)
    {
        string? Text(string name) => job.GetProperty(name).ValueKind == JsonValueKind.String ? job.GetProperty(name).GetString() : null;
        var detail = Text("error") ?? Text("outcome") ?? Text("progress") ?? string.Empty;
        return $"{Text("id")}  {Text("kind")?.ToLowerInvariant().Replace('_', ' ')}  {Text("state")?.ToLowerInvariant()}  by {Text("requestedBy")}  since {Text("startedAt")}  {detail}";
    }

    private static async Task<JsonElement> QueryAsync(Uri endpoint, string? apiKey, string query, object? variables, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = Timeout };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(new { query, variables }) };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (body.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            throw new HttpRequestException($"the service refused: {errors[0].GetProperty("message").GetString()}");
        }

        return body.RootElement.GetProperty("data").Clone();
    }
}
