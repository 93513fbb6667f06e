namespace Roadmap.Core.Lifecycle;

/// <summary>ITU-T status words of Recommendations and work items mapped onto the common lifecycle.</summary>
public static class ItuStatuses
{
    public const string Scheme = "itu-status";

    /// <summary>The code of an edition a catalogue dates but gives no status for: it was approved, nothing more is said.</summary>
    public const string ApprovedStatusNotGiven = "Approved (status not given)";

    /// <summary>The code of such an edition once a newer edition of the same Recommendation was approved after it.</summary>
    public const string SupersededStatusNotGiven = "Superseded (status not given; a newer edition was approved)";

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
