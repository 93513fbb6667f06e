using Roadmap.Core.Gaps;

namespace Roadmap.Application.Gaps;

/// <summary>Which gaps to list and in what order: the filters the API's <c>gaps</c> field and the CLI's <c>gaps</c> verb share.</summary>
public sealed record GapQuery
{
    /// <summary>Gaps of this topic or of a topic below it.</summary>
    public string? Topic { get; init; }

    /// <summary>Any of these statuses; all when empty.</summary>
    public IReadOnlyCollection<GapStatus> Status { get; init; } = [];

    public double? MinPriority { get; init; }

    /// <summary>The suggested owner is a committee of this body, e.g. ITU-T (any case).</summary>
    public string? Body { get; init; }

    /// <summary>The suggested owner contains this text (any case), e.g. SG17.</summary>
    public string? Owner { get; init; }

    /// <summary>The statement, topic id or topic name contains this text (any case).</summary>
    public string? Text { get; init; }

    /// <summary>Only editors' gaps (true) or only the analysis' (false).</summary>
    public bool? EditorCreated { get; init; }

    public GapOrderField OrderBy { get; init; } = GapOrderField.Priority;

    public SortDirection Direction { get; init; } = SortDirection.Desc;
}

public enum GapOrderField
{
    Priority,
    Topic,
    Status,
    Updated,
    Id,
}

public enum SortDirection
{
    Asc,
    Desc,
}
