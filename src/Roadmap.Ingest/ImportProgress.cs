namespace Roadmap.Ingest;

/// <summary>Progress of a running import, reported as the feed is read and after each stored batch.</summary>
/// <param name="Documents">Documents written so far.</param>
/// <param name="BytesRead">Bytes consumed from the source (compressed size for gzip), when known; <c>null</c> in the reports of stored batches.</param>
/// <param name="TotalBytes">The source's size, when known.</param>
public sealed record ImportProgress(long Lines, int Documents, long? BytesRead, long? TotalBytes);
