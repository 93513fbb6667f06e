using Roadmap.Core.Committees;
using Roadmap.Core.Documents;

namespace Roadmap.Core.Graph;

/// <summary>What one transaction writes. Documents with the same key in one batch are merged before writing.</summary>
public sealed record GraphBatch
{
    public IReadOnlyList<Document> Documents { get; init; } = [];

    public IReadOnlyList<Committee> Committees { get; init; } = [];

    public IReadOnlyList<DocumentRelation> Relations { get; init; } = [];

    /// <summary>Registered liaisons between committees; one already stored for the same pair is replaced.</summary>
    public IReadOnlyList<CommitteeLiaison> Liaisons { get; init; } = [];

    public bool IsEmpty => Documents.Count == 0 && Committees.Count == 0 && Relations.Count == 0 && Liaisons.Count == 0;
}
