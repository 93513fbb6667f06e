using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Classification;

/// <summary>
/// Which evidence names a document's subject: rule terms from the title (<c>title:</c>, or its boilerplate-free forms
/// <c>subject:</c> and <c>exact:</c>) or a known-anchor designation, as opposed to words met in the scope or a committee hint.
/// </summary>
public static class TitleTerms
{
    public static bool IsTitle(string term) =>
        term.StartsWith("title:", StringComparison.Ordinal) || term.StartsWith("subject:", StringComparison.Ordinal) || term.StartsWith("exact:", StringComparison.Ordinal);

    /// <summary>True when the assignment rests on the title or on a designation pattern.</summary>
    public static bool Named(TopicAssignment assignment) =>
        assignment.Pinned || assignment.Evidence.Any(e => e.Kind == EvidenceKind.Designation || (e.Kind == EvidenceKind.Rule && e.Terms.Any(IsTitle)));

    /// <summary>The strongest title evidence's weight, 0 when none.</summary>
    public static double Weight(TopicAssignment assignment) =>
        assignment.Evidence.Where(e => e.Kind == EvidenceKind.Rule && e.Terms.Any(IsTitle)).Select(e => e.Weight).DefaultIfEmpty(0).Max();

    /// <summary>The distinct title words matched, across the assignment's evidence.</summary>
    public static int Count(TopicAssignment assignment) =>
        assignment.Evidence.SelectMany(e => e.Terms).Where(IsTitle).Select(t => t[(t.IndexOf(':', StringComparison.Ordinal) + 1)..]).Distinct(StringComparer.Ordinal).Count();
}
