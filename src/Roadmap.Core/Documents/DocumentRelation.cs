namespace Roadmap.Core.Documents;

/// <summary>A directed edge between two documents, by their keys. The target may not be in the graph (yet).</summary>
public sealed record DocumentRelation(string FromKey, RelationType Type, string ToKey)
{
    /// <summary>The source that asserted the relation, e.g. <c>iso-open-data</c>.</summary>
    public string? Source { get; init; }
}
