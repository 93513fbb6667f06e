using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Graph;

/// <summary>A filtered, sorted, cursor-paginated listing of documents.</summary>
public sealed record DocumentQuery
{
    public const int MaxPageSize = 1000;

    public string? Body { get; init; }

    /// <summary>A committee key; its subcommittees and working groups are included.</summary>
    public string? Committee { get; init; }

    public IReadOnlyCollection<LifecycleStage>? Stages { get; init; }

    /// <summary>Words that must all appear in the designation or title (case-insensitive).</summary>
    public string? Text { get; init; }

    /// <summary>Published on or after (by the earliest day the published date can mean).</summary>
    public DateOnly? PublishedFrom { get; init; }

    /// <summary>Published on or before.</summary>
    public DateOnly? PublishedTo { get; init; }

    /// <summary>Only these keys (a topic's documents, say); null for any. An empty set lists nothing.</summary>
    public IReadOnlyCollection<string>? Keys { get; init; }

    public DocumentSort Sort { get; init; } = DocumentSort.Key;

    public bool Descending { get; init; }

    public int First { get; init; } = 50;

    /// <summary>The opaque cursor of the last item of the previous page.</summary>
    public string? After { get; init; }
}
