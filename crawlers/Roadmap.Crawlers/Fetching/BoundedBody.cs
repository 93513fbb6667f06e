using System.Buffers;

namespace Roadmap.Crawlers.Fetching;

/// <summary>
/// Reads a response body, decoded, up to a byte limit, failing the page as soon as the limit is passed: memory stays
/// bounded by the limit whatever the body inflates to, and the rest is never read.
/// </summary>
internal static class BoundedBody
{
    public static async Task<byte[]> ReadAsync(HttpContent content, Uri url, long limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } declared && declared > limit)
        {
            throw TooLarge(url, limit, $"{declared} bytes declared");
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81_920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (body.Length + read > limit)
                {
                    throw TooLarge(url, limit, "more once decoded");
                }

                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return body.ToArray();
    }

    private static PageFetchException TooLarge(Uri url, long limit, string seen) =>
        new(url, $"response body larger than the {limit} byte limit ({seen}; Crawler:MaxBodyBytes)");
}
