using System.Buffers;
using System.Text;

namespace Roadmap.Cli;

/// <summary>
/// Text made safe for a terminal: C0 control characters other than LF and tab, DEL and the C1 controls (U+0080–U+009F)
/// are dropped. Titles and names come from crawled pages and imported files; raw, <c>ESC ] 0 ; … BEL</c> retitles the
/// terminal, <c>ESC [ 2 J</c> clears it, and other sequences rewrite what was printed.
/// </summary>
internal static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not '\n' and not '\t').Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)]);

    public static bool IsUnsafe(char c) => Unsafe.Contains(c);

    /// <summary><paramref name="text"/> without terminal control characters; the same string when it has none.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (!Unsafe.Contains(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
