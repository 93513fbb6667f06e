namespace Roadmap.Core.Analysis;

/// <summary>
/// The text index as the analysis needs it: rule queries (Lucene classic syntax over title and scope, plus
/// <c>committee:"ISO/TC 307"</c>) answered with the terms that matched, so every classification can say why.
/// Implemented over the search index, which the store can always rebuild; the analysis itself stays free of Lucene.
/// </summary>
public interface ITextMatcher
{
    /// <summary>Number of documents the matcher sees.</summary>
    int Count { get; }

    /// <summary>Null when <paramref name="query"/> parses; otherwise the parser's message.</summary>
    string? Validate(string query);

    /// <summary>
    /// Every document matching <paramref name="query"/> (and <paramref name="within"/>, a filter query whose terms are not
    /// evidence), each with the <c>field:term</c> pairs of <paramref name="query"/> it contains.
    /// </summary>
    /// <exception cref="ArgumentException">A query does not parse.</exception>
    IReadOnlyList<TextMatch> Match(string query, string? within = null);

    /// <summary>Every document key the matcher sees.</summary>
    IEnumerable<string> Keys();

    /// <summary>The analysed (stemmed, stop words removed) terms of a text, as the index sees title and scope.</summary>
    IReadOnlyList<string> Terms(string text);
}

/// <summary>A document that matched a query, and the query terms it contains (<c>title:contract</c>).</summary>
public sealed record TextMatch(string Key, IReadOnlyList<string> Terms);
