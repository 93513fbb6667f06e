using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Roadmap.Api.Tests;

/// <summary>Starts admin work through a mutation and waits, through <c>job(id)</c>, until its background job has finished.</summary>
internal static class Jobs
{
    private const string Fields = "id kind state requestedBy startedAt finishedAt progress outcome resultId error";

    /// <summary>Runs <paramref name="mutation"/> (whose selection must include <c>job { id }</c>), then returns the finished job.</summary>
    public static async Task<JsonNode> RunAsync(HttpClient client, string mutation, string key, string field)
    {
        var started = (await Gql.PostAsync(client, mutation, key: key)).Data()[field]!;
        return await WaitAsync(client, started["job"]!["id"]!.GetValue<string>(), key);
    }

    public static async Task<JsonNode> WaitAsync(HttpClient client, string id, string key)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var job = (await Gql.PostAsync(client, $"query($id: ID!) {{ job(id: $id) {{ {Fields} }} }}", new { id }, key)).Data()["job"]!;
            if (job["state"]!.GetValue<string>() != "RUNNING")
            {
                return job;
            }

            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(2), $"job {id} did not finish");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
