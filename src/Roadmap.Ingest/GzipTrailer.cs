using System.Buffers.Binary;

namespace Roadmap.Ingest;

/// <summary>
/// .NET's GZipStream ends quietly on a truncated file, which would turn a damaged download into a partial import.
/// The gzip trailer's last four bytes hold the uncompressed length (mod 2^32); comparing it catches truncation.
/// </summary>
internal static class GzipTrailer
{
    public static void Verify(ReadOnlySpan<byte> lastEightBytes, long decompressedLength)
    {
        if (lastEightBytes.Length < 8)
        {
            throw new InvalidDataException("The gzip data is too short to be complete.");
        }

        var declared = BinaryPrimitives.ReadUInt32LittleEndian(lastEightBytes[4..]);
        var actual = (uint)(decompressedLength & 0xFFFFFFFF);
        if (declared != actual)
        {
            throw new InvalidDataException(
                $"The gzip data ends early or is damaged: {decompressedLength:N0} bytes were decompressed, the trailer declares {declared:N0}. " +
                "Lines read before the damage were imported; fetch the file again and re-run the import.");
        }
    }
}
