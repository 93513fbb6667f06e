using System.IO.Compression;
using Roadmap.Ingest.Space;
using Roadmap.TestKit;

namespace Roadmap.Ingest.Tests.Space;

/// <summary>The import's free-space checks, on a faked disk.</summary>
public sealed class DiskSpaceGuardTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ExpectedGrowth_PlainAndGzipFeeds_CountTheGzipAsItsPlainSize()
    {
        // Arrange
        var plain = Path.Combine(_folder.Root, "feed.jsonl");
        File.WriteAllText(plain, new string('x', 1000));
        var gzip = Path.Combine(_folder.Root, "feed.data");
        using (var file = File.Create(gzip))
        using (var zip = new GZipStream(file, CompressionLevel.Fastest))
        {
            zip.Write(new byte[1000]);
        }

        // Act / Assert
        DiskSpaceGuard.ExpectedGrowth(plain).ShouldBe(1000L * DiskSpaceGuard.GrowthPerFeedByte);
        DiskSpaceGuard.ExpectedGrowth(gzip).ShouldBe(new FileInfo(gzip).Length * DiskSpaceGuard.GzipRatio * DiskSpaceGuard.GrowthPerFeedByte);
        DiskSpaceGuard.ExpectedGrowth("https://example.org/feed.jsonl").ShouldBeNull("a URL's size is not known before reading it");
    }

    [Fact]
    public void CheckBeforeImport_TwiceTheGrowthPlusTheReserve_IsTheLine()
    {
        // Arrange
        const long growth = 10L << 20;
        var needed = (2 * growth) + (64L << 20);

        // Act / Assert
        Should.NotThrow(() => new DiskSpaceGuard(new Fixed(needed), _folder.Root).CheckBeforeImport(growth));
        var error = Should.Throw<InsufficientDiskSpaceException>(() => new DiskSpaceGuard(new Fixed(needed - 1), _folder.Root).CheckBeforeImport(growth));
        error.HResult.ShouldBe(InsufficientDiskSpaceException.DiskFullHResult);
        error.Message.ShouldContain("84.0 MiB needed");
        Should.NotThrow(() => new DiskSpaceGuard(new Fixed(null), _folder.Root).CheckBeforeImport(growth), "a disk that cannot be measured is not refused");
    }

    [Fact]
    public void CheckBeforeBatch_BelowTheReserve_Throws()
    {
        Should.NotThrow(() => new DiskSpaceGuard(new Fixed(64L << 20), _folder.Root).CheckBeforeBatch());
        Should.Throw<InsufficientDiskSpaceException>(() => new DiskSpaceGuard(new Fixed((64L << 20) - 1), _folder.Root).CheckBeforeBatch())
            .Message.ShouldContain("run the same import again");
    }

    [Fact]
    public void DriveFreeSpace_ANewFolder_IsMeasuredOnItsParentsDisk()
    {
        DriveFreeSpace.Instance.AvailableBytes(Path.Combine(_folder.Root, "not", "yet")).ShouldNotBeNull().ShouldBeGreaterThan(0);
    }

    private sealed class Fixed(long? free) : IFreeSpace
    {
        public long? AvailableBytes(string path) => free;
    }
}
