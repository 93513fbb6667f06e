using System.Text;
using System.Text.RegularExpressions;

namespace Roadmap.Crawlers.Fetching;

/// <summary>
/// Bytes to text with the page's own charset: the Content-Type header first, then a <c>&lt;meta charset&gt;</c> in the head,
/// then a byte-order mark, else UTF-8. itu.int still serves iso-8859-1 and windows-1252 pages.
/// </summary>
public static partial class BodyDecoder
{
    static BodyDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? contentType)
    {
        var encoding = FromName(CharsetOf(contentType)) ?? FromName(SniffMeta(body)) ?? Encoding.UTF8;
        var preamble = 0;
        if (body.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            (encoding, preamble) = (Encoding.UTF8, 3);
        }

        return encoding.GetString(body, preamble, body.Length - preamble);
    }

    private static string? CharsetOf(string? contentType) =>
        contentType is null ? null : Charset().Match(contentType) is { Success: true } m ? m.Groups[1].Value : null;

    private static string? SniffMeta(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 4096));
        return Charset().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
    }

    private static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
