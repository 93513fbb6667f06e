using Roadmap.Core.Lifecycle;

namespace Roadmap.Search;

/// <summary>
/// Restrictions applied on top of the text query. Values compare case-insensitively; <see cref="Committee"/> includes
/// the committee's descendants, so <c>ISO/IEC JTC 1</c> also matches documents of <c>ISO/IEC JTC 1/SC 27</c>.
/// </summary>
public sealed record SearchFilters
{
    public static SearchFilters None { get; } = new();

    public string? Body { get; init; }

    public string? Committee { get; init; }

    public LifecycleStage? Stage { get; init; }

    public string? Topic { get; init; }

    /// <summary>
    /// The topics under <see cref="Topic"/>, which the filter matches too. The index does not know the taxonomy: the
    /// application fills this in from it (<c>topic=security</c> then finds documents filed under <c>security.framework</c>).
    /// </summary>
    public IReadOnlyList<string> Subtopics { get; init; } = [];

    /// <summary>Inclusive lower bound on the publication year.</summary>
    public int? YearFrom { get; init; }

    /// <summary>Inclusive upper bound on the publication year.</summary>
    public int? YearTo { get; init; }

    // By value, subtopics included: a cached search with the same filters is found again.
    public bool Equals(SearchFilters? other) =>
        other is not null
        && Body == other.Body && Committee == other.Committee && Stage == other.Stage && Topic == other.Topic
        && YearFrom == other.YearFrom && YearTo == other.YearTo && Subtopics.SequenceEqual(other.Subtopics);

    public override int GetHashCode() => HashCode.Combine(Body, Committee, Stage, Topic, YearFrom, YearTo, Subtopics.Count);
}
