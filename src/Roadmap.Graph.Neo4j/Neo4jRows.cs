using System.Globalization;
using System.Text.Json;
using Roadmap.Core.Committees;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Neo4j;

/// <summary>
/// How records become node properties and back. The full record is stored as JSON (the same form as the SQLite store);
/// the properties beside it are what filters, sorts and statistics read.
/// </summary>
internal static class Neo4jRows
{
    public static Dictionary<string, object?> DocumentRow(Document document)
    {
        var json = JsonSerializer.Serialize(document, GraphJsonContext.Default.Document);
        var published = document.Published?.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Dictionary<string, object?>
        {
            ["key"] = document.Key,
            ["props"] = new Dictionary<string, object?>
            {
                ["body"] = document.Body,
                // The body filter is case-insensitive; an index serves an equality on this, never on toLower(body).
                ["bodyNorm"] = document.Body.ToLowerInvariant(),
                ["kind"] = document.Kind.ToString(),
                ["designation"] = document.Designation,
                ["title"] = document.Title,
                ["titleSort"] = document.Title.ToLowerInvariant(),
                ["searchText"] = SearchText(document),
                ["stage"] = document.Lifecycle.Stage.ToString(),
                // A null removes the property (SET +=), so a filter on it treats the document as having none.
                ["committee"] = document.CommitteeKey,
                ["published"] = published,
                // Sorting needs a value on every node; an empty text sorts undated documents first, as SQLite's coalesce does.
                ["publishedSort"] = published ?? string.Empty,
                ["editionCount"] = document.Editions.Count,
                ["hash"] = ContentHash.Of(json),
                ["json"] = json,
            },
        };
    }

    public static Dictionary<string, object?> ChangeRow(DocumentChange change, long sequence) => new()
    {
        ["seq"] = sequence,
        ["documentKey"] = change.DocumentKey,
        ["kind"] = change.Kind.ToString(),
        ["at"] = StoredTime.Format(change.At),
        ["runId"] = change.RunId,
        ["actor"] = change.Actor,
        ["fields"] = JsonSerializer.Serialize(change.Fields.ToList(), GraphJsonContext.Default.ListFieldChange),
    };

    public static Dictionary<string, object?> CommitteeRow(Committee committee) => new()
    {
        ["key"] = committee.Key,
        ["props"] = new Dictionary<string, object?>
        {
            ["body"] = committee.Body,
            ["parentKey"] = committee.ParentKey,
            ["json"] = JsonSerializer.Serialize(committee, GraphJsonContext.Default.Committee),
        },
    };

    public static Dictionary<string, object?> RelationRow(DocumentRelation relation) => new()
    {
        ["fromKey"] = relation.FromKey,
        ["toKey"] = relation.ToKey,
        ["source"] = relation.Source,
    };

    public static Document ReadDocument(string json) =>
        JsonSerializer.Deserialize(json, GraphJsonContext.Default.Document) ?? throw new JsonException("a stored document is null");

    public static Committee ReadCommittee(string json) =>
        JsonSerializer.Deserialize(json, GraphJsonContext.Default.Committee) ?? throw new JsonException("a stored committee is null");

    public static CrawlRun ReadCrawlRun(string json) =>
        JsonSerializer.Deserialize(json, GraphJsonContext.Default.CrawlRun) ?? throw new JsonException("a stored crawl run is null");

    public static string CrawlRunJson(CrawlRun run) => JsonSerializer.Serialize(run, GraphJsonContext.Default.CrawlRun);

    public static DocumentChange ReadChange(CypherRecord record) => new()
    {
        DocumentKey = record.RequiredString("key"),
        Kind = Enum.Parse<ChangeKind>(record.RequiredString("kind")),
        At = StoredTime.Parse(record.RequiredString("at")),
        RunId = record.String("runId"),
        Actor = record.RequiredString("actor"),
        Fields = JsonSerializer.Deserialize(record.String("fields") ?? "[]", GraphJsonContext.Default.ListFieldChange) ?? [],
        Seq = record.Long("seq"),
    };

    /// <summary>A fixed-width UTC text, so comparing texts compares times (Neo4j 3.1 has no temporal types).</summary>

    // Lower-cased designation, every edition id and the title: what the listing's text filter matches (as in SQLite).
    private static string SearchText(Document document) =>
        string.Join('\n', document.Editions.Select(e => e.Id).Prepend(document.Key).Append(document.Title)).ToLowerInvariant();
}
