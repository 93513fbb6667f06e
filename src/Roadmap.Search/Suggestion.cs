namespace Roadmap.Search;

/// <summary>A type-ahead completion.</summary>
public sealed record Suggestion(string Key, string Designation, string Title);
