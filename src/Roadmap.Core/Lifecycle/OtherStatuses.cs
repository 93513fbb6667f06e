namespace Roadmap.Core.Lifecycle;

/// <summary>
/// Status words of IEEE, W3C and ETSI records mapped onto the common lifecycle. Each body's words live in its folder
/// under <c>Bodies/</c> (<c>OtherStatuses.Ieee.cs</c> …); this part holds what they share.
/// </summary>
public static partial class OtherStatuses
{
    private static DocumentLifecycle Map(Dictionary<string, LifecycleStage> table, string scheme, string word, string body)
    {
        var text = string.Join(' ', word.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return table.TryGetValue(text, out var stage)
            ? new DocumentLifecycle(stage, scheme, text)
            : throw new LifecycleMappingException($"'{word}' is not a {body} status");
    }
}
