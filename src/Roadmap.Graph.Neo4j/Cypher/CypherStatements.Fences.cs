using System.Collections.Frozen;
using Roadmap.Core.Graph;

namespace Roadmap.Graph.Neo4j.Cypher;

internal static partial class CypherStatements
{
    // What a listing needs before its page: the document count (from the count store, not a scan), the write generation
    // (a count cached at one generation is valid until it moves) and the sort's fences.
    public static readonly string ListingHead = OneLine("""
        MATCH (d:Document)
        WITH count(d) AS documents
        OPTIONAL MATCH (s:Sequence {name: $name})
        OPTIONAL MATCH (f:ListingFences {sort: $sort})
        RETURN documents, coalesce(s.generation, 0) AS generation, f.values AS fences, f.documents AS fenced
        """);

    // The body and stage counters (a few dozen, by the group index): how large a share of the corpus a filter keeps, which
    // decides between seeking a small body's documents and reading a window of the sort index, and how wide that window is.
    public static readonly string ShareCounters = OneLine("""
        MATCH (c:Counter)
        WHERE c.group IN ['body', 'stage']
        RETURN c.group AS group, c.name AS name, c.n AS n
        """);

    /// <summary>Samples every <c>$spacing</c>-th sort value, per sort: one full read, run when the corpus has moved by a quarter.</summary>
    public static readonly FrozenDictionary<DocumentSort, string> BuildFences = Enum.GetValues<DocumentSort>().ToFrozenDictionary(
        s => s,
        s => OneLine($$"""
            MATCH (d:Document)
            WITH d.{{SortProperty(s)}} AS v ORDER BY v
            WITH collect(v) AS vs
            MERGE (f:ListingFences {sort: $sort})
            SET f.values = [i IN range(0, size(vs) - 1, $spacing) | vs[i]], f.documents = size(vs)
            """));
}
