using Roadmap.Hosting;

namespace Roadmap.Api.Hosting;

/// <summary><c>Roadmap:Search:*</c>: how often the search index catches up with the store, and when readiness says it lags.</summary>
internal sealed class SearchOptions
{
    public const string Section = "Roadmap:Search";

    /// <summary>The longest time between two passes of the change pipeline, even when nothing asked for one.</summary>
    [TimeSpanRange("00:00:01", "1.00:00:00")]
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often the service reads the store's last change number (one cheap read) to notice writes made elsewhere — a CLI
    /// import, another instance — and run a pass at once instead of at the next <see cref="SyncInterval"/>.
    /// </summary>
    [TimeSpanRange("00:00:00.050", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Store changes the index may be behind without counting as lagging.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 10_000_000)]
    public long ReadyMaxLag { get; set; }

    /// <summary>How long the index may lag by more than <see cref="ReadyMaxLag"/> before <c>/readyz</c> fails: a write is indexed at the next sync.</summary>
    [TimeSpanRange("00:00:00", "1.00:00:00")]
    public TimeSpan ReadyLagGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Syncs that may fail in a row before <c>/readyz</c> fails.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int ReadyMaxFailedSyncs { get; set; } = 3;
}
