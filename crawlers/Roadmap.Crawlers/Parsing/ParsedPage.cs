using Roadmap.Core.Committees;
using Roadmap.Core.Documents;

namespace Roadmap.Crawlers.Parsing;

/// <summary>What one page yields: documents (one edition each), committees, relations, and links to follow.</summary>
public sealed record ParsedPage
{
    public required string Kind { get; init; }

    public required Uri Url { get; init; }

    public IReadOnlyList<Document> Documents { get; init; } = [];

    public IReadOnlyList<Committee> Committees { get; init; } = [];

    public IReadOnlyList<DocumentRelation> Relations { get; init; } = [];

    /// <summary>Pages this one points to that the crawl should visit (listings, other editions).</summary>
    public IReadOnlyList<PageLink> Links { get; init; } = [];

    /// <summary>For a listing: how many items it listed, before any range filter (the drift guard compares it run to run).</summary>
    public int? ListedItems { get; init; }

    /// <summary>Facts a page gives that are not a whole document (a summary page's text, a search hit count), for <c>roadmap parse</c>.</summary>
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();

    /// <summary>Selectors that did not match: the page's layout may have changed.</summary>
    public IReadOnlyList<ParseProblem> Problems { get; init; } = [];

    /// <summary>A page that yields nothing it should have: every record of it is suspect, and nothing is written.</summary>
    public bool Failed => Problems.Any(p => p.Fatal);
}

/// <summary>A page to visit and how to read it.</summary>
/// <param name="Label">What the listing says about the target (designation and title), for the source's include filters.</param>
public sealed record PageLink(Uri Url, string Kind, string? Label = null);

/// <summary>A selector that did not match, or a value that did not read. <paramref name="Fatal"/> when the page is unusable without it.</summary>
public sealed record ParseProblem(string Selector, string Message, bool Fatal = true);
