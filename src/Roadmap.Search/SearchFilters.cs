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

    /// <summary>Inclusive lower bound on the publication year.</summary>
    public int? YearFrom { get; init; }

    /// <summary>Inclusive upper bound on the publication year.</summary>
    public int? YearTo { get; init; }
}
