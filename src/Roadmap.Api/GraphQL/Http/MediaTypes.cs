using Microsoft.Net.Http.Headers;

namespace Roadmap.Api.GraphQL.Http;

/// <summary>Content negotiation of GraphQL over HTTP: <c>application/graphql-response+json</c> when asked for, else <c>application/json</c>.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The response type for the request's Accept header; null when it accepts neither (406).</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Json;
        }

        foreach (var type in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.Quality == 0)
            {
                continue;
            }

            if (type.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase) || type.MatchesAllTypes)
            {
                return Json;
            }
        }

        return null;
    }

    /// <summary>True when a browser asks for a page (the explorer) rather than JSON.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>True for a JSON body in UTF-8 (no charset, or charset utf-8): the only encoding the endpoint reads.</summary>
    public static bool IsJsonBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("application/graphql+json", StringComparison.OrdinalIgnoreCase))
        && (!type.Charset.HasValue || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || type.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
}
