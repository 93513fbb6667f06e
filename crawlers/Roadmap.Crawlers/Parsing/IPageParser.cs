namespace Roadmap.Crawlers.Parsing;

/// <summary>
/// Turns one page's text into records. Pure: no I/O, no clock, so a saved page always parses the same way and a
/// layout change shows up as <see cref="ParsedPage.Problems"/> naming the selector that no longer matches.
/// </summary>
public interface IPageParser
{
    string Kind { get; }

    ParsedPage Parse(string html, Uri url);
}
