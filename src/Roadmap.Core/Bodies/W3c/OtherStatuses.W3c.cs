namespace Roadmap.Core.Lifecycle;

/// <summary>W3C's maturity levels (its folder's part of <see cref="OtherStatuses"/>).</summary>
public static partial class OtherStatuses
{
    private static readonly Dictionary<string, LifecycleStage> W3c = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Recommendation"] = LifecycleStage.Published,
        ["Statement"] = LifecycleStage.Published,
        ["Note"] = LifecycleStage.Published,
        ["Registry"] = LifecycleStage.Published,
        ["Retired"] = LifecycleStage.Withdrawn,
        ["Superseded Recommendation"] = LifecycleStage.Superseded,
        ["Rescinded Recommendation"] = LifecycleStage.Withdrawn,
        ["Obsolete Recommendation"] = LifecycleStage.Withdrawn,
        ["Working Draft"] = LifecycleStage.InDevelopment,
        ["First Public Working Draft"] = LifecycleStage.InDevelopment,
        ["Last Call Working Draft"] = LifecycleStage.InDevelopment,
        ["Candidate Recommendation Draft"] = LifecycleStage.InDevelopment,
        ["Candidate Recommendation Snapshot"] = LifecycleStage.InDevelopment,
        ["Proposed Recommendation"] = LifecycleStage.InDevelopment,
        ["Proposed Edited Recommendation"] = LifecycleStage.InDevelopment,
        ["Draft Note"] = LifecycleStage.InDevelopment,
        ["Draft Registry"] = LifecycleStage.InDevelopment,
    };

    // W3C statuses that end a report's line: nothing follows a retirement or a rescission. (An IEEE "Inactive" draft does
    // not: it is inactive because the standard it became was approved, often days before the draft's own date.)
    private static readonly HashSet<string> W3cEndings = new(StringComparer.OrdinalIgnoreCase) { "Retired", "Rescinded Recommendation", "Obsolete Recommendation" };

    /// <summary>True for a status that ends the document's line whatever came before it (W3C Retired, Rescinded, Obsolete).</summary>
    public static bool EndsTheLine(DocumentLifecycle lifecycle) =>
        lifecycle is { Stage: LifecycleStage.Withdrawn, Scheme: "w3c-maturity" } && W3cEndings.Contains(lifecycle.Code);

    /// <exception cref="LifecycleMappingException">The word is not a W3C maturity level.</exception>
    public static DocumentLifecycle MapW3c(string word) => Map(W3c, "w3c-maturity", word, "W3C");
}
