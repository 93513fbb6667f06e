using System.IO.Compression;
using System.Text;

namespace Roadmap.Ingest.Tests;

public sealed class LineSourceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Read_PlainText_NumbersLinesFromOne()
    {
        var lines = await ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("a\nb\r\nc")));

        lines.ShouldBe([new SourceLine(1, "a"), new SourceLine(2, "b"), new SourceLine(3, "c")]);
    }

    [Fact]
    public async Task Read_Gzip_IsDetectedByMagicBytes()
    {
        var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes("first\nsecond\n"), Ct);
        }

        packed.Position = 0;

        (await ReadAsync(packed)).Select(l => l.Text).ShouldBe(["first", "second"]);
    }

    [Fact]
    public async Task Read_ByteOrderMark_IsDropped() =>
        (await ReadAsync(new MemoryStream([0xEF, 0xBB, 0xBF, (byte)'x']))).Single().Text.ShouldBe("x");

    [Fact]
    public async Task Read_EmptyAndOneByteStreams_Work()
    {
        (await ReadAsync(new MemoryStream())).ShouldBeEmpty();
        (await ReadAsync(new MemoryStream([(byte)'z']))).Single().Text.ShouldBe("z");
    }

    [Fact]
    public async Task Read_TruncatedGzip_Throws()
    {
        var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(new string('x', 100_000)), Ct);
        }

        var truncated = new MemoryStream(packed.ToArray()[..(int)(packed.Length / 2)]);

        (await Should.ThrowAsync<InvalidDataException>(() => ReadAsync(truncated))).Message.ShouldContain("ends early");
    }

    private static async Task<List<SourceLine>> ReadAsync(Stream stream)
    {
        var lines = new List<SourceLine>();
        await foreach (var line in LineSource.ReadAsync(stream, Ct))
        {
            lines.Add(line);
        }

        return lines;
    }
}
