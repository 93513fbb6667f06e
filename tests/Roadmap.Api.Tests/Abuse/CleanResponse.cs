using System.Net;
using System.Text.Json.Nodes;

namespace Roadmap.Api.Tests.Abuse;

/// <summary>What every answer to a hostile request must look like: a clear error or a normal result, never internals.</summary>
internal static class CleanResponse
{
    private static readonly string[] Leaks =
        ["   at ", ".cs:line", "Exception", "System.", "Microsoft.", "Lucene.Net", "SQLite Error", "StackTrace", "Roadmap.Api", "Roadmap.Graph", "Roadmap.Search"];

    private static readonly HttpStatusCode[] Expected =
    [
        HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotAcceptable, HttpStatusCode.RequestEntityTooLarge,
        HttpStatusCode.UnsupportedMediaType, HttpStatusCode.MethodNotAllowed,
    ];

    /// <returns>"ok" for a result without errors, else the first error's code: for tallying outcomes.</returns>
    public static string ShouldBeClean(this (HttpStatusCode Status, JsonNode Body) result, string request)
    {
        var text = result.Body.ToJsonString();
        Expected.ShouldContain(result.Status, $"{request} answered {(int)result.Status}: {Cut(text)}");
        foreach (var leak in Leaks)
        {
            text.ShouldNotContain(leak, Case.Sensitive, $"{request} leaked internals: {Cut(text)}");
        }

        if (result.Body["errors"] is not JsonArray errors || errors.Count == 0)
        {
            result.Status.ShouldBe(HttpStatusCode.OK, request);
            result.Body["data"].ShouldNotBeNull($"{request}: neither data nor errors");
            return "ok";
        }

        foreach (var error in errors)
        {
            var message = error!["message"]?.GetValue<string>();
            message.ShouldNotBeNullOrWhiteSpace($"{request}: an error without a message");
            // graphql-dotnet's wrapper for an exception a resolver let out: the request hit a bug, not a clear error.
            message.ShouldNotStartWith("Error trying to resolve field", Case.Sensitive, $"{request}: an unhandled exception in a resolver: {Cut(text)}");
            error["extensions"]?["details"].ShouldBeNull(request);
        }

        return errors[0]!["extensions"]?["code"]?.GetValue<string>() ?? "(no code)";
    }

    private static string Cut(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
