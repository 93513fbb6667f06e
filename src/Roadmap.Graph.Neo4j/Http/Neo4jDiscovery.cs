using System.Text.Json;
using Roadmap.Core.Graph;

namespace Roadmap.Graph.Neo4j.Http;

/// <summary>
/// Reads <c>GET /</c> to learn which endpoints the server offers: the Query API when listed, else the transactional endpoint
/// (3.x lists only a <c>data</c> link, whose document holds the transaction URL and the version).
/// </summary>
internal static class Neo4jDiscovery
{
    public static async Task<Neo4jServerInfo> DiscoverAsync(Neo4jHttp http, string database, CancellationToken cancellationToken)
    {
        var root = await http.SendAsync(HttpMethod.Get, "/", null, null, r => Links.From(r.Body), cancellationToken);
        var version = root.Version;
        // The Query API gained explicit transactions (which every batch needs) in 5.26; before that, 5.x still serves /tx.
        if (root.Query is { } query && (root.Transaction is null || HasQueryTransactions(version)))
        {
            return new Neo4jServerInfo(version ?? "5", Neo4jProtocol.QueryApi, PathOf(query, database));
        }

        if (root.Transaction is { } transaction)
        {
            return new Neo4jServerInfo(version ?? "4", Neo4jProtocol.Transactional, PathOf(transaction, database));
        }

        if (root.Data is { } data)
        {
            var legacy = await http.SendAsync(HttpMethod.Get, data, null, null, r => Links.From(r.Body), cancellationToken);
            if (legacy.Transaction is { } legacyTransaction)
            {
                return new Neo4jServerInfo(legacy.Version ?? version ?? "3", Neo4jProtocol.Transactional, PathOf(legacyTransaction, database));
            }
        }

        throw new GraphStoreException($"The server at {http.Server} answered GET / but lists no Neo4j query or transaction endpoint; is it Neo4j's HTTP port (7474)?");
    }

    private static bool HasQueryTransactions(string? version)
    {
        var info = new Neo4jServerInfo(version ?? "5.26", Neo4jProtocol.QueryApi, string.Empty);
        return info.Major > 5 || (info.Major == 5 && info.Minor >= 26);
    }

    private static string PathOf(string link, string database)
    {
        var path = Uri.TryCreate(link, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : link;
        // 4.x+ list a template: http://host:7474/db/{databaseName}/tx.
        return Uri.UnescapeDataString(path).Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal).TrimEnd('/');
    }

    private sealed record Links(string? Query, string? Transaction, string? Data, string? Version)
    {
        public static Links From(JsonElement body) =>
            body.ValueKind == JsonValueKind.Object
                ? new Links(Text(body, "query"), Text(body, "transaction"), Text(body, "data"), Text(body, "neo4j_version"))
                : new Links(null, null, null, null);

        private static string? Text(JsonElement body, string name) =>
            body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
