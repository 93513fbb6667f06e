using System.Text.Json;

namespace Roadmap.Graph.Neo4j.Http;

/// <summary>
/// The transactional HTTP endpoint: <c>{root}/commit</c> for auto-commit, <c>POST {root}</c> to open a transaction,
/// then its <c>Location</c> to run and its <c>commit</c> link to commit. Many statements travel in one request.
/// </summary>
internal sealed class TransactionalTransport(Neo4jHttp http, string root) : ICypherTransport
{
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, root + "/commit", w => WriteStatements(w, statements), null, r => ReadResults(r.Body), cancellationToken);

    public async Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var (location, commit) = await http.SendAsync(
            HttpMethod.Post,
            root,
            w => WriteStatements(w, []),
            null,
            r => (r.Location?.ToString(), r.Body.TryGetProperty("commit", out var c) ? c.GetString() : null),
            cancellationToken);
        if (location is null || commit is null)
        {
            throw new Neo4jServerException("Roadmap.UnexpectedResponse", $"opening a transaction at {root} returned no Location or commit link");
        }

        return new Transaction(http, location, commit);
    }

    internal static void WriteStatements(Utf8JsonWriter writer, IReadOnlyList<CypherStatement> statements)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("statements");
        foreach (var statement in statements)
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            Neo4jValues.Write(writer, statement.Parameters);
            // Rows only: the graph and meta formats would double the payload for nothing the store reads.
            writer.WriteStartArray("resultDataContents");
            writer.WriteStringValue("row");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static IReadOnlyList<CypherResult> ReadResults(JsonElement body)
    {
        if (!body.TryGetProperty("results", out var results))
        {
            return [];
        }

        var list = new List<CypherResult>();
        foreach (var result in results.EnumerateArray())
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
            var rows = new List<IReadOnlyList<object?>>();
            foreach (var data in result.GetProperty("data").EnumerateArray())
            {
                rows.Add(data.GetProperty("row").EnumerateArray().Select(v => Neo4jValues.Read(v, typed: false)).ToList());
            }

            list.Add(new CypherResult(columns, rows));
        }

        return list;
    }

    private sealed class Transaction(Neo4jHttp http, string location, string commit) : ICypherTransaction
    {
        private bool _finished;

        public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
            Track(http.SendAsync(HttpMethod.Post, location, w => WriteStatements(w, statements), null, r => ReadResults(r.Body), cancellationToken));

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            _finished = true;
            await http.SendAsync(HttpMethod.Post, commit, w => WriteStatements(w, []), null, _ => 0, cancellationToken);
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
                await http.SendAsync(HttpMethod.Delete, location, null, null, _ => 0, CancellationToken.None);
            }
            catch (Exception ex) when (ex is Neo4jServerException or HttpRequestException or TimeoutException)
            {
                // The server already rolled back (an error does that) or will on its idle timeout.
            }
        }

        // A statement error rolls the transaction back on the server; there is nothing left to delete.
        private async Task<IReadOnlyList<CypherResult>> Track(Task<IReadOnlyList<CypherResult>> run)
        {
            try
            {
                return await run;
            }
            catch (Neo4jServerException)
            {
                _finished = true;
                throw;
            }
        }
    }
}
