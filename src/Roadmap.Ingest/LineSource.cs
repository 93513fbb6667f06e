using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Roadmap.Ingest;

/// <summary>Streams the lines of a JSON Lines feed from a file or a URL, plain or gzip (told by its magic bytes, not its name).</summary>
public static class LineSource
{
    public static async IAsyncEnumerable<SourceLine> ReadAsync(Stream raw, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffered = new BufferedStream(raw, 1 << 16);
        var magic = new byte[2];
        var read = await buffered.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, cancellationToken);
        var replay = new PrefixedStream(magic.AsMemory(0, read), buffered);
        Stream content = read == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(replay, CompressionMode.Decompress) : replay;
        await using (content)
        {
            using var reader = new StreamReader(content, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 1 << 16);
            long number = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                number++;
                yield return new SourceLine(number, line);
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

    // Gives back the bytes read to sniff the format, then the rest of the stream.
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty)
            {
                return rest.Read(buffer);
            }

            var n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_prefix.IsEmpty)
            {
                return await rest.ReadAsync(buffer, cancellationToken);
            }

            var n = Math.Min(buffer.Length, _prefix.Length);
            _prefix[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
