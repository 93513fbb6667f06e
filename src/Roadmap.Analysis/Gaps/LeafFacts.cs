using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Documents;

namespace Roadmap.Analysis.Gaps;

/// <summary>
/// What covers one leaf on the analysed date, as the gap rules need it: the documents whose primary topic it is (in
/// force, split into normative and informative, and in development), those that address it beside another main
/// subject, and the newest document in force with its age.
/// </summary>
internal sealed record LeafFacts
{
    public required TaxonomyNode Leaf { get; init; }

    public required IReadOnlyList<LandscapeDocument> InForce { get; init; }

    public required IReadOnlyList<LandscapeDocument> Normative { get; init; }

    public required IReadOnlyList<LandscapeDocument> Informative { get; init; }

    public required IReadOnlyList<LandscapeDocument> Ongoing { get; init; }

    public required IReadOnlyList<LandscapeDocument> Secondary { get; init; }

    public LandscapeDocument? Newest { get; init; }

    public double? NewestAgeYears { get; init; }

    /// <summary>The bodies with a document in force on the leaf.</summary>
    public IReadOnlyList<string> Bodies => [.. InForce.Select(d => d.Body).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> NormativeBodies => [.. Normative.Select(d => d.Body).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static LeafFacts Of(TaxonomyNode leaf, TopicIndex topics, DateOnly date)
    {
        var primary = topics.Primary(leaf.Id).Select(x => x.Document).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        var inForce = primary.Where(d => d.InForce).ToList();
        var newest = inForce.Where(d => d.Published is not null).OrderByDescending(d => d.Published).ThenBy(d => d.Key, StringComparer.Ordinal).FirstOrDefault();
        return new LeafFacts
        {
            Leaf = leaf,
            InForce = inForce,
            Normative = [.. inForce.Where(d => Normativity.IsNormative(d.Document))],
            Informative = [.. inForce.Where(d => !Normativity.IsNormative(d.Document))],
            Ongoing = [.. primary.Where(d => d.Ongoing)],
            Secondary = [.. topics.Secondary(leaf.Id).Select(x => x.Document).Where(d => !d.Gone).OrderBy(d => d.Key, StringComparer.Ordinal)],
            Newest = newest,
            NewestAgeYears = newest?.Published is { } p ? AgeYears(p, date) : null,
        };
    }

    /// <summary>
    /// Years from publication to the date. A year-only or month-only date is taken at the middle of its span: counting
    /// it from 1 January would make every ISO document (dated by year) look up to a year older than it is.
    /// </summary>
    public static double AgeYears(PartialDate published, DateOnly date)
    {
        var middle = published switch
        {
            { Month: null } => new DateOnly(published.Year, 7, 1),
            { Day: null } => published.Earliest.AddDays(14),
            _ => published.Earliest,
        };
        return (date.DayNumber - middle.DayNumber) / 365.25;
    }
}
