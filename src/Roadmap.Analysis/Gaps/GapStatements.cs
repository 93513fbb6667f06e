using System.Globalization;
using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Gaps;

/// <summary>
/// Gap statements a rapporteur can paste into a contribution: full sentences that name the topic and the documents
/// behind the finding with their dates, and say what work would close it. No scope notes, no internal markers.
/// </summary>
internal static class GapStatements
{
    private const int MaxListed = 5;

    public static string NoCoverage(LeafFacts facts, IReadOnlyList<string> adjacent) =>
        $"No DLT-specific document, published or in development, has {Topic(facts)} as its main subject."
        + (adjacent.Count > 0 ? $" The nearest work has another main subject: {Join(adjacent)}." : string.Empty)
        + (facts.Secondary.Count > 0 ? $" It is touched on only in passing, by {List(facts.Secondary)}." : string.Empty);

    /// <summary>On a past date, whether anybody was working on the topic then; empty for today.</summary>
    public static string Pipeline(LeafPipeline? pipeline) => pipeline switch
    {
        null => string.Empty,
        { State: PipelineState.Underway } p => $" Work touching it was in development on {Day(p.Date)}: {Notes(p.Underway)}.",
        { State: PipelineState.Unknown } p => $" Whether anybody was working on it on {Day(p.Date)} is not known (pipeline unknown): {Notes(p.Unplaced)}.",
        var p => $" Nobody was working on it on {Day(p.Date)}.",
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Notes(IReadOnlyList<PipelineEvidence> evidence) =>
        Join([.. evidence.Take(MaxListed).Select(e => $"{e.DocumentKey} ({e.Note})")]) + (evidence.Count > MaxListed ? $" and {evidence.Count - MaxListed} more" : string.Empty);

    public static string GenericOnly(LeafFacts facts, IReadOnlyList<LandscapeDocument> generic, IReadOnlyList<CommitteeMandate> owners)
    {
        var genericOwners = generic.Select(d => d.Committee ?? d.Body).Distinct(StringComparer.Ordinal).Take(3).ToList();
        return $"No DLT profile of {Topic(facts)} exists, although generic standards do: {List(generic)}."
            + $" A DLT profile could build on them{(owners.Count > 0 ? $", taken up by {owners[0].Committee}" : string.Empty)} with {Join(genericOwners)}, which own the generic work.";
    }

    public static string NoPublished(LeafFacts facts) =>
        $"Nothing on {Topic(facts)} is published yet; work in development: {List(facts.Ongoing)}.";

    public static string Stale(LeafFacts facts, int staleYears) =>
        $"Every document in force on {Topic(facts)} is more than {staleYears} years old; the newest is {Dated(facts.Newest)}."
        + (facts.Ongoing.Count > 0 ? $" Work in development may refresh it: {List(facts.Ongoing)}." : " Nothing is in development to replace it.");

    public static string AboutToGoStale(LeafFacts facts, LandscapeDocument newest, double age, DateOnly goesStale, int staleYears) =>
        string.Create(CultureInfo.InvariantCulture, $"The newest document in force on {Topic(facts)}, {Dated(newest)}, is {age:F1} years old and will pass {staleYears} years in {goesStale:yyyy-MM}")
        + (facts.Ongoing.Count > 0 ? $"; work in development: {List(facts.Ongoing)}." : "; no revision or successor is in development.");

    public static string InformativeOnly(LeafFacts facts) =>
        $"Only informative texts cover {Topic(facts)}: {List(facts.Informative)}. No normative document in force gives requirements to conform to.";

    public static string Thin(LeafFacts facts) =>
        (facts.Normative.Count == 0
            ? $"No normative document in force has {Topic(facts)} as its main subject"
            : $"Only {Count(facts.Normative.Count)} normative document in force has {Topic(facts)} as its main subject: {List(facts.Normative)}")
        + (facts.Informative.Count > 0 ? $"; the rest is informative ({List(facts.Informative)})." : ".")
        + (facts.Secondary.Count > 0 ? $" Others address it beside another subject: {List(facts.Secondary)}." : string.Empty);

    public static string SingleBody(LeafFacts facts, string body, bool perspective, IReadOnlyList<string> others) =>
        $"Every normative document in force on {Topic(facts)} comes from {body}: {List(facts.Normative)}."
        + (perspective && others.Count > 0
            ? $" No other body has normative work on it: a candidate for common text or joint work with {Join(others)}."
            : " No other body has normative work on it.");

    public static string NoPerspectiveWork(LeafFacts facts, Perspective perspective, IReadOnlyList<LandscapeDocument> elsewhere, CommitteeMandate? owner)
    {
        var bodies = elsewhere.Select(d => d.Body).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var what = perspective.Counts == PerspectiveCount.NormativeInForce ? $"no {perspective.Deliverable} in force does" : $"no {perspective.Deliverable}, published or in development, does";
        return $"{Join(bodies)} cover{(bodies.Count == 1 ? "s" : string.Empty)} {Topic(facts)} ({List(elsewhere)}), but {what}."
            + (owner is not null ? $" A candidate study item for {owner.Committee}." : $" A candidate for new {perspective.Body} work.");
    }

    public static string NoSecurityCounterpart(LeafFacts facts, IReadOnlyList<LandscapeDocument> security) =>
        $"{Capital(Topic(facts))} is well covered ({Count(facts.Normative.Count)} normative documents in force from {Join(facts.NormativeBodies)}), "
        + (security.Count == 0
            ? "but no normative document in force addresses its security."
            : $"but its security is addressed only by {List(security)}.")
        + " A candidate for security work on it.";

    public static string ParallelUncoordinated(LeafFacts facts, IReadOnlyList<LandscapeDocument> parallel, int window)
    {
        var bodies = parallel.Select(d => d.Body).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return $"{Join(bodies)} published normative texts on {Topic(facts)} within {window} years of one another ({List(parallel)}) with no recorded relation between them: a liaison is needed to align the work.";
    }

    /// <summary>The other kinds one finding also is, on the same evidence, as one sentence.</summary>
    public static string Also(IReadOnlyList<GapAspect> aspects) =>
        $"On the same evidence, the topic is also {Join([.. aspects.Select(Phrase)])}.";

    private static string Phrase(GapAspect aspect) => aspect.Kind switch
    {
        GapKind.NoCoverage => "without any DLT-specific document",
        GapKind.GenericOnly => "covered by generic standards only",
        GapKind.NoPublished => "without a published document",
        GapKind.StaleOnly => "stale",
        GapKind.AboutToGoStale => "about to go stale",
        GapKind.InformativeOnly => "covered by informative texts only",
        GapKind.Thin => "thinly covered (one normative text at most)",
        GapKind.SingleBody => "covered by one body only",
        GapKind.NoPerspectiveWork => $"without {aspect.Perspective ?? "the perspective body's"} work",
        GapKind.NoSecurityCounterpart => "without a security counterpart",
        GapKind.ParallelUncoordinated => "the subject of parallel work with no recorded coordination",
        _ => "an editor's finding",
    };

    private static string Topic(LeafFacts facts) => $"'{facts.Leaf.Name}'";

    private static string Capital(string text) => text.Length > 1 && text[0] == '\'' ? "'" + char.ToUpperInvariant(text[1]) + text[2..] : text;

    private static string Dated(LandscapeDocument? document) =>
        document is null ? "undated" : document.Published is { } p ? $"{document.Key} ({p})" : document.Key;

    private static string List(IEnumerable<LandscapeDocument> documents)
    {
        var all = documents.ToList();
        var shown = string.Join(", ", all.Take(MaxListed).Select(Dated));
        return all.Count > MaxListed ? $"{shown} and {all.Count - MaxListed} more" : shown;
    }

    private static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "none",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static string Count(int n) => n switch
    {
        1 => "one",
        2 => "two",
        3 => "three",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
