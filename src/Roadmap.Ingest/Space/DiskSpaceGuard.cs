using System.Globalization;

namespace Roadmap.Ingest.Space;

/// <summary>
/// Keeps an import from running the data folder's disk full. Before it starts: room for twice the expected growth (the
/// write-ahead log holds the written pages again until a checkpoint copies them into the database). Before each batch: at least <see cref="ReserveBytes"/> left, so an import that outgrows its estimate stops
/// between two whole batches, with a message, rather than in SQLite or Lucene with the disk already full.
/// </summary>
public sealed class DiskSpaceGuard(IFreeSpace probe, string dataPath)
{
    /// <summary>Gzip feeds are counted at this many times their size (JSON Lines feeds compress about 8:1).</summary>
    public const int GzipRatio = 8;

    /// <summary>
    /// How much the data folder grows per byte of plain feed: database rows, change records and the search index. Measured
    /// on the samples: the ISO feed 3.5 times its size, the catalogue 1.9 times.
    /// </summary>
    public const int GrowthPerFeedByte = 4;

    /// <summary>What an import leaves free at least: a batch of 2,000 documents and its WAL frames, with room to spare.</summary>
    public long ReserveBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Refuses to start when the disk holds less than twice <paramref name="expectedGrowth"/> (plus the reserve).</summary>
    /// <exception cref="InsufficientDiskSpaceException">Too little room.</exception>
    public void CheckBeforeImport(long? expectedGrowth)
    {
        if (expectedGrowth is not { } growth || probe.AvailableBytes(dataPath) is not { } free)
        {
            return;
        }

        var needed = (2 * growth) + ReserveBytes;
        if (free < needed)
        {
            throw new InsufficientDiskSpaceException(
                $"not enough free disk space for this import in '{dataPath}': about {Size(needed)} needed (twice the expected growth of " +
                $"{Size(growth)}, for the database and its write-ahead log), {Size(free)} free. Free some space, or use --data on a " +
                "bigger disk; nothing was written.");
        }
    }

    /// <summary>Stops the import between two batches when the disk runs low; what was committed stays, and a re-run completes it.</summary>
    /// <exception cref="InsufficientDiskSpaceException">Less than the reserve left.</exception>
    public void CheckBeforeBatch()
    {
        if (probe.AvailableBytes(dataPath) is { } free && free < ReserveBytes)
        {
            throw new InsufficientDiskSpaceException(
                $"the disk holding '{dataPath}' is nearly full ({Size(free)} free, {Size(ReserveBytes)} kept in reserve): the import " +
                "stopped between two batches. Every batch written so far is kept; free some space and run the same import again " +
                "to complete it.");
        }
    }

    /// <summary>The growth a feed file brings, or null when its size is unknown (a URL).</summary>
    public static long? ExpectedGrowth(string fileOrUrl)
    {
        if (!File.Exists(fileOrUrl))
        {
            return null;
        }

        var length = new FileInfo(fileOrUrl).Length;
        using var file = File.OpenRead(fileOrUrl);
        Span<byte> magic = stackalloc byte[2];
        var plain = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? length * GzipRatio : length;
        return plain * GrowthPerFeedByte;
    }

    private static string Size(long bytes) => bytes >= 1L << 30
        ? (bytes / (double)(1L << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GiB"
        : (bytes / (double)(1L << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";
}
