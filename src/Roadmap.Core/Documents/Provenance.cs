namespace Roadmap.Core.Documents;

/// <summary>Where a fact came from: the source's URL or file, when it was fetched, and the hash of what was read.</summary>
public sealed record Provenance(string Source, DateTimeOffset FetchedAt, string? ContentHash);
