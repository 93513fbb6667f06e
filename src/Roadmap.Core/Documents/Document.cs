using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Documents;

/// <summary>
/// A standard, recommendation, report or work item: one node in the graph, whatever its editions.
/// The document-level facts are those of its current edition (<see cref="DocumentEditions.Current"/>).
/// </summary>
public sealed record Document
{
    /// <summary>The canonical designation without edition, e.g. <c>ISO/TR 23455</c>. The node's identity.</summary>
    public required string Key { get; init; }

    /// <summary>The body code, e.g. <c>ISO</c>, <c>ITU-T</c>.</summary>
    public required string Body { get; init; }

    public required DocumentKind Kind { get; init; }

    /// <summary>The designation of the current edition, as the body writes it.</summary>
    public required string Designation { get; init; }

    public required string Title { get; init; }

    public required DocumentLifecycle Lifecycle { get; init; }

    public PartialDate? Published { get; init; }

    public string? CommitteeKey { get; init; }

    /// <summary>The attribution rule behind <see cref="CommitteeKey"/> when it was inferred, not stated by a source (see <see cref="Edition.CommitteeInferredBy"/>).</summary>
    public string? CommitteeInferredBy { get; init; }

    public string? Scope { get; init; }

    public IReadOnlyList<string> Ics { get; init; } = [];

    /// <summary>Every known edition, newest first.</summary>
    public required IReadOnlyList<Edition> Editions { get; init; }

    public bool Equals(Document? other) =>
        other is not null
        && Key == other.Key && Body == other.Body && Kind == other.Kind && Designation == other.Designation
        && Title == other.Title && Lifecycle == other.Lifecycle && Published == other.Published
        && CommitteeKey == other.CommitteeKey && CommitteeInferredBy == other.CommitteeInferredBy && Scope == other.Scope && Ics.SequenceEqual(other.Ics)
        && Editions.SequenceEqual(other.Editions);

    public override int GetHashCode() => HashCode.Combine(Key, Designation, Title, Lifecycle);
}
