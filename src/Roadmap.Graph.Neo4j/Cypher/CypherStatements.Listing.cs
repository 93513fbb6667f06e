using System.Collections.Frozen;
using System.Text;
using Roadmap.Core.Graph;
using Roadmap.Graph.Neo4j.Listing;

namespace Roadmap.Graph.Neo4j.Cypher;

/// <summary>
/// The listing's statements, one text per combination of filters in use, so the planner sees only real predicates: a
/// <c>($x IS NULL OR …)</c> guard hides every index behind it. Two ways in:
/// <list type="bullet">
/// <item><b>Seek</b> — when the keys or a committee are given, or a body that holds a small share of the corpus, the start is
/// an index seek on that filter, and the matches (a part of the corpus) are sorted.</item>
/// <item><b>Window</b> — otherwise (a large body's share, stages, words, dates, nothing) the start is a range seek on the sort property between two <c>:ListingFences</c> values
/// (sampled every <see cref="ListingWindow.FenceSpacing"/> documents), so a page reads about a window, not the corpus; Neo4j
/// before 3.5 cannot read an index in order, and this keeps it from scanning anyway.</item>
/// </list>
/// The JSON is read after ORDER BY … LIMIT, for the page's rows only.
/// </summary>
internal static partial class CypherStatements
{
    /// <summary>Above every stored sort value: the open end of a window.</summary>
    public const string SortCeiling = "\uffff\uffff";

    // The committees below $committee by declared parent: the first level by property (the parent itself need not be
    // stored), deeper levels along PARENT edges. Below by reference (ISO/TC 307/WG 2) is the STARTS WITH seek.
    private const string CommitteesBelow = """
        OPTIONAL MATCH (child:Committee {parentKey: $committee})
        OPTIONAL MATCH (below:Committee)-[:PARENT*0..]->(child)
        WITH [$committee] + collect(DISTINCT below.key) AS exact
        """;

    private const string ByCommittee = CommitteesBelow + """

        UNWIND exact AS ck
        MATCH (e:Document {committee: ck})
        WITH collect(e) AS byKey
        OPTIONAL MATCH (p:Document) USING INDEX p:Document(committee) WHERE p.committee STARTS WITH $committeePrefix
        WITH byKey, collect(p) AS byPrefix
        UNWIND byKey + byPrefix AS d
        WITH DISTINCT d
        """;

    /// <summary>
    /// Samples of <see cref="Listing"/> for <see cref="All"/>: no filter, each filter alone, the keys with a committee and a
    /// body (the one combination built differently), and all at once, for every kind, sort and direction. Every clause the
    /// builder can emit is in one of them; linting all 1 664 variants would take minutes.
    /// </summary>
    public static readonly FrozenDictionary<ListingShape, string> ListingSamples = ListingShape.All()
        .Where(s => s.Filters is ListingFilters.None or ListingFilters.All or (ListingFilters.Keys | ListingFilters.Committee | ListingFilters.Body)
            || (s.Filters & (s.Filters - 1)) == 0)
        .ToFrozenDictionary(s => s, Listing);

    /// <summary>The listing or count statement of a shape; all are built once, on first use.</summary>
    public static string Listing(ListingShape shape) => ListingTexts.ByShape[shape];

    /// <summary>The node property a sort orders by; its value is the first half of the cursor, as in the SQLite store.</summary>
    public static string SortProperty(DocumentSort sort) => sort switch
    {
        DocumentSort.Title => "titleSort",
        DocumentSort.Published => "publishedSort",
        _ => "key",
    };

    private static string Build(ListingShape shape)
    {
        var f = shape.Filters;
        var p = SortProperty(shape.Sort);
        var text = new StringBuilder();
        var where = new List<string>();
        if (shape.Kind == ListingKind.Count && !f.HasFlag(ListingFilters.Keys) && !f.HasFlag(ListingFilters.Committee) && !f.HasFlag(ListingFilters.Body))
        {
            text.Append("MATCH (d:Document) ");
        }
        else if (shape.Windowed)
        {
            text.Append($"MATCH (d:Document) USING INDEX d:Document({p}) ");
            where.Add($"d.{p} >= $from AND d.{p} <= $to");
        }
        else if (f.HasFlag(ListingFilters.Keys))
        {
            if (f.HasFlag(ListingFilters.Committee))
            {
                text.Append(CommitteesBelow).Append(' ');
                where.Add("(d.committee IN exact OR d.committee STARTS WITH $committeePrefix)");
            }

            text.Append("UNWIND $keys AS k MATCH (d:Reference {key: k}) ");
            where.Insert(0, "d:Document");
        }
        else if (f.HasFlag(ListingFilters.Committee))
        {
            text.Append(ByCommittee).Append(' ');
        }
        else
        {
            text.Append("MATCH (d:Document {bodyNorm: $body}) ");
        }

        if (f.HasFlag(ListingFilters.Body) && (shape.Windowed || (f & (ListingFilters.Keys | ListingFilters.Committee)) != 0))
        {
            where.Add("d.bodyNorm = $body");
        }

        if (f.HasFlag(ListingFilters.Stages))
        {
            where.Add("d.stage IN $stages");
        }

        if (f.HasFlag(ListingFilters.Words))
        {
            where.Add("all(word IN $words WHERE d.searchText CONTAINS word)");
        }

        if (f.HasFlag(ListingFilters.PublishedFrom))
        {
            where.Add("d.published >= $publishedFrom");
        }

        if (f.HasFlag(ListingFilters.PublishedTo))
        {
            where.Add("d.published <= $publishedTo");
        }

        if (shape.Kind == ListingKind.Count)
        {
            AppendWhere(text, where);
            text.Append("RETURN count(d) AS total");
            return OneLine(text.ToString());
        }

        var (op, direction) = shape.Descending ? ("<", "DESC") : (">", "ASC");
        if (shape.Kind == ListingKind.PageAfter)
        {
            // The window's bound already keeps d.P on the cursor's side; this drops the ties at or before the cursor.
            where.Add($"(d.{p} {op} $afterSort OR (d.{p} = $afterSort AND d.key {op} $afterKey))");
        }

        AppendWhere(text, where);
        text.Append($"WITH d ORDER BY d.{p} {direction}, d.key {direction} LIMIT $limit ");
        text.Append($"RETURN d.{p} AS sortValue, d.key AS key, d.json AS json");
        return OneLine(text.ToString());
    }

    private static void AppendWhere(StringBuilder text, List<string> where)
    {
        if (where.Count > 0)
        {
            text.Append("WHERE ").AppendJoin(" AND ", where).Append(' ');
        }
    }

    // Nested, so All() (which reads this class's fields) lists the samples rather than every variant.
    private static class ListingTexts
    {
        public static readonly FrozenDictionary<ListingShape, string> ByShape = ListingShape.All().ToFrozenDictionary(s => s, Build);
    }
}
