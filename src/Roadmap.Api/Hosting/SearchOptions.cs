namespace Roadmap.Api.Hosting;

/// <summary><c>Roadmap:Search:*</c>: how often the search index catches up with the store.</summary>
internal sealed class SearchOptions
{
    public const string Section = "Roadmap:Search";

    [TimeSpanRange("00:00:01", "1.00:00:00")]
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromSeconds(30);
}
