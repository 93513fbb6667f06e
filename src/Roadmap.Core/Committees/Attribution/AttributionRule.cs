namespace Roadmap.Core.Committees.Attribution;

/// <summary>
/// One line of <c>schema/itu-t-attribution.csv</c>: Recommendations <see cref="Series"/>.<see cref="First"/>–<see cref="Last"/>
/// approved in the study periods <see cref="FromPeriod"/>–<see cref="UntilPeriod"/> belong to <see cref="Committee"/>.
/// </summary>
public sealed record AttributionRule
{
    /// <summary>The prefix of every rule id stored on an edition, naming the table it comes from.</summary>
    public const string Source = "itu-t-attribution";

    public required string Id { get; init; }

    public required string Series { get; init; }

    public required int First { get; init; }

    public required int Last { get; init; }

    /// <summary>Index of the first study period (<see cref="ItuStudyPeriods.IndexOf(string)"/>); 0 when open.</summary>
    public required int FromPeriod { get; init; }

    /// <summary>Index of the last study period; <see cref="int.MaxValue"/> when open.</summary>
    public required int UntilPeriod { get; init; }

    public required string Committee { get; init; }

    public string? Note { get; init; }

    /// <summary>What an inferred edition records: <c>itu-t-attribution:x-dlt-security</c>.</summary>
    public string Reference => $"{Source}:{Id}";

    public int Width => Last - First;

    public bool Matches(string series, int number, int period) =>
        series == Series && number >= First && number <= Last && period >= FromPeriod && period <= UntilPeriod;
}
