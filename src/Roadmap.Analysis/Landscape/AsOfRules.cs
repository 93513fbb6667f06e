namespace Roadmap.Analysis.Landscape;

/// <summary>
/// How an "as of" view places documents the sources do not date on that day.
/// </summary>
/// <param name="InDevelopmentWithinMonths">
/// A document first published within this many months after the date was necessarily in development on it: no body
/// drafts, ballots and publishes a standard in less (ITU-T's fastest track, AAP, alone takes months from consent). Zero
/// places documents by their dates only.
/// </param>
/// <param name="KeepUndatedOngoing">
/// Keep documents in development today that carry no date at all, marked "date unknown", instead of leaving them out of
/// every past view.
/// </param>
public sealed record AsOfRules(int InDevelopmentWithinMonths, bool KeepUndatedOngoing)
{
    /// <summary>By the sources' dates alone (a document's history, a report's editions).</summary>
    public static AsOfRules SourcesOnly { get; } = new(0, false);

    /// <summary>What the analysis of a past date uses: the pipeline then, as far as it can be known.</summary>
    public static AsOfRules Analysis { get; } = new(12, true);
}
