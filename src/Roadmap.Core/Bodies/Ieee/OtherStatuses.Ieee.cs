namespace Roadmap.Core.Lifecycle;

/// <summary>IEEE's status words (its folder's part of <see cref="OtherStatuses"/>).</summary>
public static partial class OtherStatuses
{
    private static readonly Dictionary<string, LifecycleStage> Ieee = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Active"] = LifecycleStage.Published,
        ["Inactive"] = LifecycleStage.Withdrawn,
        ["Superseded"] = LifecycleStage.Superseded,
        ["Draft"] = LifecycleStage.InDevelopment,
    };

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
}
