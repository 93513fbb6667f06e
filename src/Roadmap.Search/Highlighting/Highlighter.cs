using System.Text;
using Lucene.Net.Analysis;
using Roadmap.Search.Analysis;

namespace Roadmap.Search.Highlighting;

/// <summary>
/// Marks matches in stored text: re-analyses it with the field's analyser, keeps the tokens whose analysed term the
/// query has (so "contracts" in a query marks "contract" in a title), and wraps their original characters in
/// <c>&lt;mark&gt;</c>. Everything else is HTML-escaped.
/// </summary>
internal sealed class Highlighter(Analyzer english)
{
    public const int SnippetLength = 200;

    // Context kept before the first match of a snippet, so it does not open on the marked word.
    private const int LeadIn = 40;
    private const string Ellipsis = "\u2026";
    /// <summary>Matches are looked for in this much of a long text; see <see cref="Indexing.HitDisplay.MaxScope"/>.</summary>
    public const int MaxSnippetSource = 1500;

    public string Highlight(string field, string text, HighlightTerms terms) =>
        Render(text, 0, text.Length, Matches(field, text, terms));

    /// <summary>About <see cref="SnippetLength"/> characters around the window with the most matches.</summary>
    public string Snippet(string field, string text, HighlightTerms terms)
    {
        if (text.Length <= SnippetLength)
        {
            return Highlight(field, text, terms);
        }

        // Re-analysing a long abstract for every hit is what a result page spends most on; its start is where the gist is.
        var matches = Matches(field, text.Length > MaxSnippetSource ? text[..MaxSnippetSource] : text, terms);
        var start = 0;
        if (matches.Count > 0)
        {
            var best = DensestWindow(matches);
            start = Math.Max(0, matches[best].Start - LeadIn);
        }

        start = WordStart(text, start);
        var end = WordEnd(text, Math.Min(text.Length, start + SnippetLength));
        var inside = matches.Where(m => m.Start >= start && m.End <= end).ToList();
        return (start > 0 ? Ellipsis : string.Empty) + Render(text, start, end, inside) + (end < text.Length ? Ellipsis : string.Empty);
    }

    public static string Escape(string text) => Escape(new StringBuilder(), text, 0, text.Length).ToString();

    private List<(int Start, int End)> Matches(string field, string text, HighlightTerms terms)
    {
        if (terms.IsEmpty || string.IsNullOrEmpty(text))
        {
            return [];
        }

        var matches = TokenReader.Offsets(english, field, text, terms.Matches);
        matches.RemoveAll(m => m.Start < 0 || m.End > text.Length || m.Start >= m.End);
        return matches;
    }

    private static int DensestWindow(List<(int Start, int End)> matches)
    {
        int best = 0, bestCount = 0;
        for (int i = 0, j = 0; i < matches.Count; i++)
        {
            j = Math.Max(j, i);
            while (j < matches.Count && matches[j].End <= matches[i].Start + SnippetLength - LeadIn)
            {
                j++;
            }

            if (j - i > bestCount)
            {
                (best, bestCount) = (i, j - i);
            }
        }

        return best;
    }

    private static string Render(string text, int start, int end, List<(int Start, int End)> matches)
    {
        var builder = new StringBuilder(end - start + (matches.Count * 13));
        var position = start;
        foreach (var (matchStart, matchEnd) in matches.Where(m => m.Start >= position).OrderBy(m => m.Start))
        {
            if (matchStart < position)
            {
                continue;
            }

            Escape(builder, text, position, matchStart);
            builder.Append("<mark>");
            Escape(builder, text, matchStart, matchEnd);
            builder.Append("</mark>");
            position = matchEnd;
        }

        return Escape(builder, text, position, end).ToString();
    }

    private static StringBuilder Escape(StringBuilder builder, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            _ = text[i] switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                var c => builder.Append(c),
            };
        }

        return builder;
    }

    private static int WordStart(string text, int start)
    {
        if (start == 0)
        {
            return 0;
        }

        var space = text.LastIndexOf(' ', start);
        return space < 0 || start - space > LeadIn ? start : space + 1;
    }

    private static int WordEnd(string text, int end)
    {
        if (end >= text.Length)
        {
            return text.Length;
        }

        var space = text.LastIndexOf(' ', end);
        return space <= 0 || end - space > LeadIn ? end : space;
    }
}
