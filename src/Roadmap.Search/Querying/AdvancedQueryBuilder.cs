using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Roadmap.Search.Analysis;
using Roadmap.Search.Indexing;

namespace Roadmap.Search.Querying;

/// <summary>Parses Lucene classic syntax over designation, title and scope; a syntax error is a message, never an exception.</summary>
internal sealed class AdvancedQueryBuilder(Analyzer perField)
{
    public const int MaxLength = 2000;

    // The generated parser recurses per group; deep nesting of a hostile query must not reach the stack's end.
    private const int MaxNesting = 16;

    private static readonly Dictionary<string, float> Boosts = new(StringComparer.Ordinal)
    {
        [IndexFields.Designation] = 4f,
        [IndexFields.Title] = 3f,
        [IndexFields.Scope] = 1f,
    };

    public (Query? Query, string? Error) Build(string text)
    {
        if (Nesting(text) > MaxNesting)
        {
            return (null, $"Query syntax error: brackets nested deeper than {MaxNesting} levels.");
        }

        var parser = new MultiFieldQueryParser(SearchAnalyzers.Version, [IndexFields.Designation, IndexFields.Title, IndexFields.Scope], perField, Boosts)
        {
            AllowLeadingWildcard = false,
        };
        try
        {
            return (parser.Parse(text), null);
        }
        catch (ParseException ex)
        {
            return (null, "Query syntax error: " + FirstLine(ex.Message));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return (null, "The query has too many clauses.");
        }
    }

    private static int Nesting(string text)
    {
        int depth = 0, max = 0;
        foreach (var c in text)
        {
            depth += c switch { '(' => 1, ')' => depth > 0 ? -1 : 0, _ => 0 };
            max = Math.Max(max, depth);
        }

        return max;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
