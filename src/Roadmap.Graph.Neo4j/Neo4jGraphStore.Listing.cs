using System.Globalization;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Neo4j.Listing;

namespace Roadmap.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // As in the embedded store: more words than this add nothing but cost.
    private const int MaxWords = 20;

    // Below this share of the corpus a body's documents are sought by the body index and sorted, above it read in a window.
    private const double SeekBelowShare = 0.1;

    private readonly ListingCounts _counts = new();

    public async Task<Page<Document>> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken)
    {
        var first = Math.Clamp(query.First, 0, DocumentQuery.MaxPageSize);
        var (filters, parameters) = Filters(query);
        (string Sort, string Key)? after = query.After is null ? null : Cursor.Decode(query.After); // a bad cursor throws before any request
        if (parameters.TryGetValue("keys", out var keys) && keys is List<string> { Count: 0 })
        {
            return new Page<Document>([], 0, false);
        }

        var sortName = CypherStatements.SortProperty(query.Sort);
        var heads = await _client.RunAsync(
            [
                new CypherStatement(CypherStatements.ListingHead, Parameters(("name", CypherStatements.ChangeSequence), ("sort", sortName))),
                new CypherStatement(CypherStatements.ShareCounters),
            ],
            cancellationToken);
        var head = heads[0].Records.Single();
        var documents = (int)head.Long("documents");
        var generation = head.Long("generation");
        var fences = await FencesAsync(query.Sort, head, documents, cancellationToken);

        var countShape = ListingShape.Count(filters);
        var countKey = CountKey(countShape, parameters);
        int? total = filters == ListingFilters.None ? documents : _counts.TryGet(countKey, generation, out var cached) ? (int?)cached : null;

        var share = Share(heads[1], parameters, documents);
        // A body of less than a tenth of the corpus is sought (its documents sorted); a larger one is read in a window,
        // as are stages, words and dates: a window meant to hold (page / share) documents holds about a page of matches.
        var windowed = ListingShape.CanWindow(filters) && !(filters.HasFlag(ListingFilters.Body) && share.Body < SeekBelowShare);
        var shape = new ListingShape(after is null ? ListingKind.Page : ListingKind.PageAfter, filters, query.Sort, query.Descending, windowed);
        var rows = (int)Math.Min(int.MaxValue / 4, Math.Ceiling((first + 1) / Math.Max(share.Body * share.Stages, 1e-6)));
        var page = new Dictionary<string, object?>(parameters) { ["limit"] = first + 1 };
        if (after is { } cursor)
        {
            (page["afterSort"], page["afterKey"]) = cursor;
        }

        for (var growth = 0; ; growth++)
        {
            var window = shape.Windowed ? ListingWindow.For(fences, after?.Sort, query.Descending, rows, growth) : null;
            if (window is not null)
            {
                (page["from"], page["to"]) = (window.From, window.To);
            }

            var statements = new List<CypherStatement> { new(CypherStatements.Listing(shape), page) };
            if (total is null)
            {
                statements.Add(new CypherStatement(CypherStatements.Listing(countShape), parameters));
            }

            var results = await _client.RunAsync(statements, cancellationToken);
            if (total is null)
            {
                total = (int)results[1].SingleLong("total");
                _counts.Set(countKey, generation, total.Value);
            }

            if (window is not null && window.Widen(results[0].Rows.Count, first + 1))
            {
                continue;
            }

            var edges = results[0].Records
                .Select(r => new Edge<Document>(Neo4jRows.ReadDocument(r.RequiredString("json")), Cursor.Encode(r.String("sortValue") ?? string.Empty, r.RequiredString("key"))))
                .ToList();
            var hasNext = edges.Count > first;
            return new Page<Document>(hasNext ? edges[..first] : edges, total.Value, hasNext);
        }
    }

    // The fences as stored, rebuilt first when missing or when the corpus has grown or shrunk by a quarter since they were
    // sampled (a window then holds a quarter more or less than planned, which the widening absorbs).
    private async Task<IReadOnlyList<string>> FencesAsync(DocumentSort sort, CypherRecord head, int documents, CancellationToken cancellationToken)
    {
        var fenced = head.Long("fenced");
        if (head["fences"] is IEnumerable<object?> stored && Math.Abs(documents - fenced) * 4 <= fenced)
        {
            return stored.Select(v => v as string ?? string.Empty).ToList();
        }

        if (documents < ListingWindow.FenceSpacing)
        {
            return [];
        }

        await _client.RunAsync(
            new CypherStatement(CypherStatements.BuildFences[sort], Parameters(("sort", CypherStatements.SortProperty(sort)), ("spacing", ListingWindow.FenceSpacing))),
            cancellationToken);
        var reread = await _client.RunAsync(
            new CypherStatement(CypherStatements.ListingHead, Parameters(("name", CypherStatements.ChangeSequence), ("sort", CypherStatements.SortProperty(sort)))),
            cancellationToken);
        return reread.Records.Single()["fences"] is IEnumerable<object?> built ? built.Select(v => v as string ?? string.Empty).ToList() : [];
    }

    // The share of the corpus the body and stage filters keep, by the counters (1 for a filter not given).
    private static (double Body, double Stages) Share(CypherResult counters, Dictionary<string, object?> parameters, int documents)
    {
        if (documents == 0)
        {
            return (1, 1);
        }

        var rows = counters.Records.Select(r => (Group: r.RequiredString("group"), Name: r.RequiredString("name"), N: r.Long("n"))).ToList();
        var body = parameters.GetValueOrDefault("body") is string b
            ? rows.Where(r => r.Group == "body" && string.Equals(r.Name.ToLowerInvariant(), b, StringComparison.Ordinal)).Sum(r => r.N) / (double)documents
            : 1;
        var stages = parameters.GetValueOrDefault("stages") is List<string> s
            ? rows.Where(r => r.Group == "stage" && s.Contains(r.Name)).Sum(r => r.N) / (double)documents
            : 1;
        return (body, stages);
    }

    // The filters' values in a fixed order: equal queries share their total.
    private static string CountKey(ListingShape shape, Dictionary<string, object?> parameters) =>
        shape + "\u001e" + string.Join(
            '\u001e',
            parameters.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => p.Key + "=" + (p.Value is IEnumerable<string> list ? string.Join('\u001f', list) : p.Value as string)));

    private static (ListingFilters Filters, Dictionary<string, object?> Parameters) Filters(DocumentQuery query)
    {
        var filters = ListingFilters.None;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        void Use(ListingFilters filter, string name, object? value)
        {
            filters |= filter;
            parameters[name] = value;
        }

        if (!string.IsNullOrWhiteSpace(query.Body))
        {
            Use(ListingFilters.Body, "body", query.Body.Trim().ToLowerInvariant());
        }

        if (!string.IsNullOrWhiteSpace(query.Committee))
        {
            Use(ListingFilters.Committee, "committee", query.Committee.Trim());
            // The slash keeps ISO/TC 3070 out of ISO/TC 307.
            parameters["committeePrefix"] = query.Committee.Trim() + "/";
        }

        if (query.Stages is { Count: > 0 } stages)
        {
            Use(ListingFilters.Stages, "stages", stages.Distinct().Select(s => s.ToString()).Order(StringComparer.Ordinal).ToList());
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            Use(ListingFilters.Words, "words", query.Text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(MaxWords).ToList());
        }

        if (query.PublishedFrom is { } from)
        {
            Use(ListingFilters.PublishedFrom, "publishedFrom", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.PublishedTo is { } to)
        {
            Use(ListingFilters.PublishedTo, "publishedTo", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.Keys is { } keys)
        {
            Use(ListingFilters.Keys, "keys", keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
        }

        return (filters, parameters);
    }
}
