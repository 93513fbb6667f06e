using Roadmap.Core.Documents;

namespace Roadmap.Analysis.Overlaps;

/// <summary>A document that may overlap others: its text, the leaf topics it sits under and its primary (main) topic.</summary>
public sealed record OverlapCandidate(string Key, string Body, string? Committee, string Title, string? Scope, IReadOnlyList<string> Topics)
{
    public string? Primary { get; init; }
}

/// <summary>A relation the graph already has between two documents, which turns an overlap into a known relation.</summary>
public sealed record KnownRelation(string FromKey, string ToKey, RelationType Type);
