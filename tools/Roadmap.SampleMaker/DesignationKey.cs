namespace Roadmap.SampleMaker;

/// <summary>
/// Compares designations ignoring case and spacing: the truth table and relaton disagree on both in places
/// (non-breaking spaces, "ISO/TR 6277" vs "ISO/TR  6277").
/// </summary>
internal static class DesignationKey
{
    public static string Of(string designation) =>
        new([.. designation.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant)]);
}
