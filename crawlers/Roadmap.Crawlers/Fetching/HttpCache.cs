using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Roadmap.Crawlers.Fetching;

/// <summary>
/// The local HTTP cache under the data folder (<c>crawl/http-cache</c>): the last body and validators (ETag,
/// Last-Modified) of every page, so the next run asks "changed since?" and a 304 costs the site no body.
/// </summary>
public sealed class HttpCache(string folder)
{
    public sealed record Entry(string Url, string? ETag, string? LastModified, string? ContentType, DateTimeOffset FetchedAt);

    public (Entry Meta, byte[] Body)? Get(Uri url)
    {
        var (meta, body) = PathsOf(url);
        if (!File.Exists(meta) || !File.Exists(body))
        {
            return null;
        }

        try
        {
            var entry = JsonSerializer.Deserialize(File.ReadAllText(meta), CrawlJsonContext.Default.Entry);
            return entry is null || entry.Url != url.AbsoluteUri ? null : (entry, File.ReadAllBytes(body));
        }
        catch (JsonException)
        {
            // A torn entry is as good as none: the page is fetched in full again.
            return null;
        }
    }

    public void Put(Uri url, Entry entry, byte[] bytes)
    {
        Directory.CreateDirectory(folder);
        var (meta, body) = PathsOf(url);
        AtomicFile.Write(body, bytes);
        AtomicFile.Write(meta, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, CrawlJsonContext.Default.Entry)));
    }

    private (string Meta, string Body) PathsOf(Uri url)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)).AsSpan(0, 16));
        return (Path.Combine(folder, key + ".json"), Path.Combine(folder, key + ".body"));
    }
}
