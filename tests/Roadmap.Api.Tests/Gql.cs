using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Roadmap.Api.Tests;

/// <summary>Sends GraphQL requests the way clients do and returns the status and the parsed body.</summary>
internal static class Gql
{
    public const string ResponseType = "application/graphql-response+json";

    public static async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(HttpClient client, string query, object? variables = null, string? key = null, string accept = ResponseType)
    {
        var payload = JsonSerializer.Serialize(new { query, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        return await SendAsync(client, request, key, accept);
    }

    public static async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(HttpClient client, HttpRequestMessage request, string? key = null, string accept = ResponseType)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(text) ?? new JsonObject());
    }

    public static JsonNode Data(this (HttpStatusCode Status, JsonNode Body) result)
    {
        result.Body["errors"].ShouldBeNull($"unexpected errors: {result.Body.ToJsonString()}");
        result.Status.ShouldBe(HttpStatusCode.OK);
        return result.Body["data"]!;
    }

    public static string FirstErrorCode(this (HttpStatusCode Status, JsonNode Body) result) =>
        result.Body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? "(none)";

    public static string Errors(this (HttpStatusCode Status, JsonNode Body) result) => result.Body["errors"]?.ToJsonString() ?? "(no errors)";
}
