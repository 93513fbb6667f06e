namespace Roadmap.Core.Lifecycle;

/// <summary>ITU-T status words of Recommendations and work items mapped onto the common lifecycle.</summary>
public static class ItuStatuses
{
    public const string Scheme = "itu-status";

    private static readonly Dictionary<string, LifecycleStage> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["In force"] = LifecycleStage.Published,
        ["Superseded"] = LifecycleStage.Superseded,
        ["Withdrawn"] = LifecycleStage.Withdrawn,
        // relaton's words for the same states.
        ["Published"] = LifecycleStage.Published,
        ["Withdrawal"] = LifecycleStage.Withdrawn,
        // Work programme states of a work item.
        ["Proposed"] = LifecycleStage.Proposed,
        ["Under study"] = LifecycleStage.InDevelopment,
        ["Consented"] = LifecycleStage.InDevelopment,
        ["Determined"] = LifecycleStage.InDevelopment,
        ["Last call"] = LifecycleStage.InDevelopment,
        ["Additional review"] = LifecycleStage.InDevelopment,
        ["Approved"] = LifecycleStage.Published,
        ["Deleted"] = LifecycleStage.Deleted,
    };

    /// <exception cref="LifecycleMappingException">The word is not an ITU-T status.</exception>
    public static DocumentLifecycle Map(string word)
    {
        var text = string.Join(' ', word.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Words.TryGetValue(text, out var stage)
            ? new DocumentLifecycle(stage, Scheme, text)
            : throw new LifecycleMappingException($"'{word}' is not an ITU-T status word");
    }
}
