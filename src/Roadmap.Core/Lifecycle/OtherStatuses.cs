namespace Roadmap.Core.Lifecycle;

/// <summary>Status words of IEEE, W3C and ETSI records mapped onto the common lifecycle.</summary>
public static class OtherStatuses
{
    private static readonly Dictionary<string, LifecycleStage> Ieee = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Active"] = LifecycleStage.Published,
        ["Inactive"] = LifecycleStage.Withdrawn,
        ["Superseded"] = LifecycleStage.Superseded,
        ["Draft"] = LifecycleStage.InDevelopment,
    };

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

    /// <exception cref="LifecycleMappingException">The word is not an IEEE status.</exception>
    public static DocumentLifecycle MapIeee(string word) => Map(Ieee, "ieee-status", word, "IEEE");

    /// <summary>
    /// An IEEE draft record (<c>IEEE P2418.2/D-1-2019-05</c>) is a project, not a text: active drafts are in development,
    /// superseded ones were followed by a later draft, inactive ones ended (often because their standard was approved).
    /// </summary>
    public static DocumentLifecycle IeeeDraft(string status) => status switch
    {
        "Active" => new DocumentLifecycle(LifecycleStage.InDevelopment, "ieee-status", "Draft (Active)"),
        "Superseded" => new DocumentLifecycle(LifecycleStage.Superseded, "ieee-status", "Draft (Superseded)"),
        _ => new DocumentLifecycle(LifecycleStage.Deleted, "ieee-status", $"Draft ({status})"),
    };

    /// <summary>True for an IEEE draft record's lifecycle (<see cref="IeeeDraft"/>): work in development on its date, whatever became of it.</summary>
    public static bool IsIeeeDraft(DocumentLifecycle lifecycle) =>
        lifecycle.Scheme == "ieee-status" && lifecycle.Code.StartsWith("Draft (", StringComparison.Ordinal);

    /// <exception cref="LifecycleMappingException">The word is not a W3C maturity level.</exception>
    public static DocumentLifecycle MapW3c(string word) => Map(W3c, "w3c-maturity", word, "W3C");

    /// <summary>ETSI's catalogue lists published deliverables only; the version is its code.</summary>
    public static DocumentLifecycle EtsiPublished(string? version) =>
        new(LifecycleStage.Published, "etsi", string.IsNullOrWhiteSpace(version) ? "published" : version.Trim());

    private static DocumentLifecycle Map(Dictionary<string, LifecycleStage> table, string scheme, string word, string body)
    {
        var text = string.Join(' ', word.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return table.TryGetValue(text, out var stage)
            ? new DocumentLifecycle(stage, scheme, text)
            : throw new LifecycleMappingException($"'{word}' is not a {body} status");
    }
}
