using Roadmap.Core.Committees;
using Roadmap.Core.Documents;

namespace Roadmap.Ingest;

/// <summary>What one feed line yields: a document with its edges, or the reason it was rejected or skipped.</summary>
public sealed record MappedRecord
{
    public Document? Document { get; init; }

    public IReadOnlyList<DocumentRelation> Relations { get; init; } = [];

    public IReadOnlyList<Committee> Committees { get; init; } = [];

    /// <summary>Registered liaisons a committee line lists.</summary>
    public IReadOnlyList<CommitteeLiaison> Liaisons { get; init; } = [];

    /// <summary>Why the line could not be used: malformed, unknown stage, unparseable designation.</summary>
    public string? Rejection { get; init; }

    /// <summary>Why a well-formed line carries nothing to store (e.g. a redline copy of an edition).</summary>
    public string? Skip { get; init; }

    public static MappedRecord Rejected(string reason) => new() { Rejection = reason };

    public static MappedRecord Skipped(string reason) => new() { Skip = reason };
}
