using System.IO.Compression;

namespace Roadmap.Crawlers.Tests.Hostile;

/// <summary>200 MB of zeros, gzipped once per test run to about 200 KB: a body that is small on the wire and huge decoded.</summary>
internal static class GzipBomb
{
    public const long DecodedBytes = 200L * 1024 * 1024;

    private static readonly Lazy<byte[]> Bytes = new(Make);

    public static byte[] Compressed => Bytes.Value;

    private static byte[] Make()
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0L; written < DecodedBytes; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }

        return output.ToArray();
    }
}
