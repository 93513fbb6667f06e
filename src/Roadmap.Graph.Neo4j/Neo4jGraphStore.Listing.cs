using System.Globalization;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // As in the embedded store: more words than this add nothing but cost.
    private const int MaxWords = 20;

    public async Task<Page<Document>> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken)
    {
        var first = Math.Clamp(query.First, 0, DocumentQuery.MaxPageSize);
        var filters = Filters(query);
        var page = new Dictionary<string, object?>(filters) { ["afterSort"] = null, ["afterKey"] = null, ["limit"] = first + 1 };
        if (query.After is not null)
        {
            // Decoded before any request, so a bad cursor is an ArgumentException as in every store.
            (page["afterSort"], page["afterKey"]) = Cursor.Decode(query.After);
        }

        var results = await _client.RunAsync(
            [
                new CypherStatement(CypherStatements.CountListing, filters),
                new CypherStatement(CypherStatements.ListPage[(query.Sort, query.Descending)], page),
            ],
            cancellationToken);

        var edges = results[1].Records
            .Select(r => new Edge<Document>(Neo4jRows.ReadDocument(r.RequiredString("json")), Cursor.Encode(r.String("sortValue") ?? string.Empty, r.RequiredString("key"))))
            .ToList();
        var hasNext = edges.Count > first;
        return new Page<Document>(hasNext ? edges[..first] : edges, (int)results[0].SingleLong("total"), hasNext);
    }

    private static Dictionary<string, object?> Filters(DocumentQuery query)
    {
        var committee = string.IsNullOrWhiteSpace(query.Committee) ? null : query.Committee.Trim();
        var words = string.IsNullOrWhiteSpace(query.Text)
            ? []
            : query.Text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(MaxWords).ToList();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["body"] = string.IsNullOrWhiteSpace(query.Body) ? null : query.Body.Trim().ToLowerInvariant(),
            ["committee"] = committee,
            // The slash keeps ISO/TC 3070 out of ISO/TC 307.
            ["committeePrefix"] = committee is null ? null : committee + "/",
            ["stages"] = query.Stages is { Count: > 0 } stages ? stages.Distinct().Select(s => s.ToString()).ToList() : null,
            ["words"] = words,
            ["publishedFrom"] = query.PublishedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["publishedTo"] = query.PublishedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["keys"] = query.Keys?.ToList(),
        };
    }
}
