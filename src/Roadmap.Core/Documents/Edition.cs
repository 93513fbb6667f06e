using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Documents;

/// <summary>One edition (or stage snapshot) of a document, as one source record describes it.</summary>
public sealed record Edition
{
    /// <summary>The full designation with edition, e.g. <c>ISO 22739:2024</c>, <c>ITU-T X.1401 (11/2019)</c>. Unique within the document.</summary>
    public required string Id { get; init; }

    /// <summary>The body's own edition label (<c>2</c>, <c>11/2019</c>, <c>V1.2.1</c>), when it has one.</summary>
    public string? Label { get; init; }

    public required string Title { get; init; }

    public required DocumentLifecycle Lifecycle { get; init; }

    public PartialDate? Published { get; init; }

    public string? CommitteeKey { get; init; }

    /// <summary>
    /// The attribution rule that inferred <see cref="CommitteeKey"/> because the source named no committee, e.g.
    /// <c>itu-t-attribution:x-dlt-security</c>; null when the source stated the committee (or none is known).
    /// </summary>
    public string? CommitteeInferredBy { get; init; }

    public string? Scope { get; init; }

    public IReadOnlyList<string> Ics { get; init; } = [];

    /// <summary>The edition's dated stage history, oldest first, where the source gives one (iso.org's life cycle, an ITU-T work item).</summary>
    // Null-safe: records stored before stage histories existed have no such field, and the JSON source generator then
    // initialises the property with null rather than leaving the default.
    public IReadOnlyList<StageStep> Stages { get => _stages; init => _stages = value ?? []; }

    private readonly IReadOnlyList<StageStep> _stages = [];

    /// <summary>The source's own id, e.g. <c>iso:82208</c>.</summary>
    public string? SourceId { get; init; }

    public string? Url { get; init; }

    /// <summary>Where this edition was read. Not part of equality: reading the same facts again is no change.</summary>
    public Provenance? Provenance { get; init; }

    public bool Equals(Edition? other) =>
        other is not null
        && Id == other.Id && Label == other.Label && Title == other.Title && Lifecycle == other.Lifecycle
        && Published == other.Published && CommitteeKey == other.CommitteeKey && CommitteeInferredBy == other.CommitteeInferredBy && Scope == other.Scope
        && Ics.SequenceEqual(other.Ics) && Stages.SequenceEqual(other.Stages) && SourceId == other.SourceId && Url == other.Url;

    public override int GetHashCode() => HashCode.Combine(Id, Title, Lifecycle, Published);
}
