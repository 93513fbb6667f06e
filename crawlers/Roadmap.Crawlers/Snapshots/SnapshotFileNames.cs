using System.Security.Cryptography;
using System.Text;

namespace Roadmap.Crawlers.Snapshots;

/// <summary>Readable, stable file names for URLs: <c>www.itu.int/ITU-T/recommendations/rec.aspx_rec=12210_lang=en.html</c>.</summary>
public static class SnapshotFileNames
{
    public static string For(Uri url, string? contentType)
    {
        var path = url.AbsolutePath.Trim('/');
        var name = (path.Length == 0 ? "index" : path) + (url.Query.Length > 1 ? "_" + url.Query[1..] : string.Empty);
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '/' or '=' or '!' ? c : '_');
        }

        var text = safe.ToString().Replace("..", "_", StringComparison.Ordinal);
        if (text.Length > 140)
        {
            // Long query strings would make unwieldy names; a hash of the whole URL keeps them unique.
            text = text[..120] + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)).AsSpan(0, 6));
        }

        var extension = Extension(contentType);
        if (!text.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && !HasHtmlExtension(text))
        {
            text += extension;
        }

        return $"{url.Host}/{text}";
    }

    private static bool HasHtmlExtension(string text) =>
        text.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static string Extension(string? contentType) => contentType switch
    {
        not null when contentType.Contains("json", StringComparison.OrdinalIgnoreCase) => ".json",
        not null when contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) => ".txt",
        _ => ".html",
    };
}
