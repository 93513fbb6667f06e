namespace Roadmap.Ingest;

/// <summary>Progress of a running import, reported after each stored batch.</summary>
/// <param name="BytesRead">Bytes consumed from the source (compressed size for gzip), when known.</param>
/// <param name="TotalBytes">The source's size, when known.</param>
public sealed record ImportProgress(long Lines, int Documents, long? BytesRead, long? TotalBytes);
