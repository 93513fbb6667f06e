namespace Roadmap.Search;

/// <summary>A document as the index holds it, for comparing the index with the store (see <see cref="IndexFieldHash"/>).</summary>
public sealed record IndexEntry(string Key, string FieldHash);
