namespace Roadmap.Core.Audit;

/// <summary>Filters over the audit trail; newest entries first.</summary>
public sealed record AuditQuery
{
    public const int MaxLimit = 500;

    public string? Actor { get; init; }

    public string? Action { get; init; }

    public string? Target { get; init; }

    public DateTimeOffset? Since { get; init; }

    /// <summary>Only entries older than this id (for paging backwards).</summary>
    public long? BeforeId { get; init; }

    public int Limit { get; init; } = 50;
}
