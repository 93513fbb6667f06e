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
}
