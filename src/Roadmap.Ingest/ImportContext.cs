namespace Roadmap.Ingest;

/// <summary>What a mapper needs to know about the read in progress, for provenance.</summary>
/// <param name="Origin">The file path or URL being read.</param>
/// <param name="FetchedAt">When the read started.</param>
public sealed record ImportContext(string Origin, DateTimeOffset FetchedAt);
