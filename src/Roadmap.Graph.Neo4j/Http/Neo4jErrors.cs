using System.Text.Json;
using Roadmap.Core.Graph;

namespace Roadmap.Graph.Neo4j.Http;

/// <summary>Turns Neo4j's answers into our exceptions: what a retry may fix, what it will not, and what a person must fix.</summary>
internal static class Neo4jErrors
{
    /// <summary>The first entry of a non-empty <c>errors</c> array, whatever the HTTP status said.</summary>
    public static Exception? FromBody(JsonElement body, Uri server)
    {
        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array
            || errors.GetArrayLength() == 0)
        {
            return null;
        }

        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.Unknown" : "Neo.Unknown";
        var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;
        return Classify(code, message, server);
    }

    public static Exception Classify(string code, string message, Uri server) => code switch
    {
        "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit" or "Neo.ClientError.Security.CredentialsExpired"
            => AuthFailed(server, $"{code}: {message}"),
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new Neo4jClientException(code, message),
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new Neo4jTransientException(code, message),
        _ => new Neo4jServerException(code, message),
    };

    public static GraphStoreException AuthFailed(Uri server, string detail) =>
        new($"Neo4j at {server} rejected the credentials ({detail}). Check the configured user and password (or bearer token).");

    public static GraphStoreException Unreachable(Uri server, Exception cause) =>
        new($"Neo4j at {server} is unreachable: {cause.Message}. Is the server running, and is the URL right?", cause);
}
