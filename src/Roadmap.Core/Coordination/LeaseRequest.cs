namespace Roadmap.Core.Coordination;

public sealed record LeaseRequest
{
    /// <summary>What the lease guards, e.g. <c>crawl</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Who asks: one service instance (host, process, start).</summary>
    public required string Owner { get; init; }

    /// <summary>How long the lease holds unless renewed; a holder that dies frees it after this.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>The time it is now (the caller's clock; instances must keep their clocks in step, as NTP does).</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>
    /// A schedule's occurrence (e.g. <c>2026-12-05T02:00:00Z</c>), compared as fixed-width text: the lease is granted for
    /// an occurrence once, so the instances whose timers fire a little later do not run it again. Null for plain mutual exclusion.
    /// </summary>
    public string? Occurrence { get; init; }
}
