using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Roadmap.Ingest;

/// <summary>Streams the lines of a JSON Lines feed from a file or a URL, plain or gzip (told by its magic bytes, not its name).</summary>
public static class LineSource
{
    public static async IAsyncEnumerable<SourceLine> ReadAsync(Stream raw, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Sniff a whole buffer: enough for the gzip magic and for a byte order mark.
        var head = new byte[4096];
        var read = await raw.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var replay = new PrefixedStream(head.AsMemory(0, read), raw);
        var gzip = read >= 2 && head[0] == 0x1f && head[1] == 0x8b;
        var tail = gzip ? new TailCapturingStream(replay) : null;
        var decompressed = gzip ? new CountingStream(new GZipStream(tail!, CompressionMode.Decompress)) : null;
        Stream content = decompressed ?? (Stream)replay;
        await using (content)
        {
            using var reader = new StreamReader(content, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 1 << 16);
            long number = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                number++;
                yield return new SourceLine(number, line);
            }

            if (gzip)
            {
                GzipTrailer.Verify(tail!.Tail, decompressed!.Count);
            }
        }
    }

    /// <summary>Opens a local file, or downloads an http(s) URL as a stream.</summary>
    public static async Task<Stream> OpenAsync(string fileOrUrl, HttpClient? http, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(fileOrUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            if (http is null)
            {
                throw new InvalidOperationException("A URL was given but no HTTP client is available.");
            }

            var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                response.Dispose();
                throw new FileNotFoundException($"Downloading '{fileOrUrl}' failed: HTTP {status}.");
            }

            return await response.Content.ReadAsStreamAsync(cancellationToken);
        }

        if (!File.Exists(fileOrUrl))
        {
            throw new FileNotFoundException($"No such file: '{fileOrUrl}'.", fileOrUrl);
        }

        return new FileStream(fileOrUrl, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
    }
}
