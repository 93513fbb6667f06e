using System.Text.Json;

namespace Roadmap.Graph.Neo4j.Http;

/// <summary>
/// The Query API: <c>POST {root}</c> runs one statement in its own transaction; <c>POST {root}/tx</c> opens an explicit one,
/// whose <c>neo4j-cluster-affinity</c> header must be sent back on every later request, commit and rollback included.
/// Bookmarks are sent with every auto-commit statement and every transaction's opening, and taken from every answer
/// (<see cref="Bookmarks"/>), so this process reads its own writes on any cluster member.
/// </summary>
internal sealed class QueryApiTransport(Neo4jHttp http, string root) : ICypherTransport
{
    private readonly Bookmarks _bookmarks = new();

    public IReadOnlyList<string> LatestBookmarks => _bookmarks.Latest;

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var results = new List<CypherResult>(statements.Count);
        foreach (var statement in statements)
        {
            results.Add(await http.SendAsync(HttpMethod.Post, root, w => WriteStatement(w, statement, _bookmarks), null, Read, cancellationToken));
        }

        return results;
    }

    public async Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        // A body with the bookmarks only opens the transaction without running anything.
        var (id, affinity) = await http.SendAsync(
            HttpMethod.Post,
            root + "/tx",
            w =>
            {
                w.WriteStartObject();
                _bookmarks.Write(w);
                w.WriteEndObject();
            },
            null,
            r => (r.Body.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var i) ? i.GetString() : null, r.Header(Neo4jHttp.AffinityHeader)),
            cancellationToken);
        return id is null
            ? throw new Neo4jServerException("Roadmap.UnexpectedResponse", $"opening a transaction at {root}/tx returned no transaction id")
            : new Transaction(http, $"{root}/tx/{Uri.EscapeDataString(id)}", affinity, this);
    }

    internal static void WriteStatement(Utf8JsonWriter writer, CypherStatement statement, Bookmarks? bookmarks = null)
    {
        writer.WriteStartObject();
        writer.WriteString("statement", statement.Text);
        writer.WritePropertyName("parameters");
        Neo4jValues.Write(writer, statement.Parameters);
        bookmarks?.Write(writer);
        writer.WriteEndObject();
    }

    private CypherResult Read(Neo4jReply reply)
    {
        _bookmarks.Take(reply.Body);
        return ReadResult(reply);
    }

    internal static CypherResult ReadResult(Neo4jReply reply)
    {
        if (!reply.Body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return CypherResult.Empty;
        }

        var columns = data.TryGetProperty("fields", out var fields) ? fields.EnumerateArray().Select(f => f.GetString()!).ToList() : [];
        var rows = new List<IReadOnlyList<object?>>();
        if (data.TryGetProperty("values", out var values))
        {
            // Each row is an array in the order of "fields".
            foreach (var row in values.EnumerateArray())
            {
                rows.Add(row.EnumerateArray().Select(v => Neo4jValues.Read(v, reply.Typed)).ToList());
            }
        }

        return new CypherResult(columns, rows);
    }

    private sealed class Transaction(Neo4jHttp http, string path, string? affinity, QueryApiTransport transport) : ICypherTransaction
    {
        private bool _finished;

        public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            var results = new List<CypherResult>(statements.Count);
            try
            {
                foreach (var statement in statements)
                {
                    results.Add(await http.SendAsync(HttpMethod.Post, path, w => WriteStatement(w, statement), affinity, ReadResult, cancellationToken));
                }
            }
            catch (Neo4jServerException)
            {
                // An error closes the transaction on the server.
                _finished = true;
                throw;
            }

            return results;
        }

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            _finished = true;
            // The commit's answer carries the bookmarks of the write.
            await http.SendAsync(HttpMethod.Post, path + "/commit", null, affinity, r => transport.Read(r), cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            if (_finished)
            {
                return;
            }

            _finished = true;
            try
            {
                await http.SendAsync(HttpMethod.Delete, path, null, affinity, _ => 0, CancellationToken.None);
            }
            catch (Exception ex) when (ex is Neo4jServerException or HttpRequestException or TimeoutException)
            {
                // Expired or already closed: the server rolls it back on its own.
            }
        }
    }
}
