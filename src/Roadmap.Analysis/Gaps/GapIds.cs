using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Gaps;

/// <summary>
/// Stable gap ids, so a re-run updates the same record and its history. The coverage findings (no coverage, nothing
/// published, stale) replace one another as work appears and share <c>gap:{topic}</c>; every other kind has its own id.
/// </summary>
public static class GapIds
{
    public static string Coverage(string topicId) => "gap:" + topicId;

    public static string For(string topicId, GapKind kind, string? perspective = null) => kind switch
    {
        GapKind.NoCoverage or GapKind.NoPublished or GapKind.StaleOnly => Coverage(topicId),
        GapKind.NoPerspectiveWork => $"gap:{topicId}/no-{Slug(perspective ?? "perspective")}-work",
        _ => $"gap:{topicId}/{Slug(kind.ToString())}",
    };

    private static string Slug(string text) =>
        string.Concat(text.Select((c, i) => char.IsUpper(c) && i > 0 && char.IsLower(text[i - 1]) ? "-" + char.ToLowerInvariant(c) : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c).ToString() : "-"));
}
