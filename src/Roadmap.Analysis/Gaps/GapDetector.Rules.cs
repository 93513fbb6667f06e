using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Documents;
using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Gaps;

public sealed partial class GapDetector
{
    // Nothing at all, nothing published yet, or only stale documents: one finding that moves between the three.
    private Gap? Coverage(LeafFacts facts, int fresh)
    {
        if (facts.InForce.Count == 0 && facts.Ongoing.Count == 0)
        {
            var adjacent = Adjacent(facts, minRelatedness: MinNearForUncovered).ToList();
            return Make(facts, GapKind.NoCoverage, GapStatements.NoCoverage(facts, [.. adjacent.Select(e => e.DocumentKey)]) + GapStatements.Pipeline(pipelines?.GetValueOrDefault(facts.Leaf.Id)), [.. Supporting(facts.Secondary), .. adjacent, .. Rejected(facts)]);
        }

        if (facts.InForce.Count == 0)
        {
            return Make(facts, GapKind.NoPublished, GapStatements.NoPublished(facts), Primary(facts.Ongoing), status: GapStatus.Addressed);
        }

        return fresh > 0
            ? null
            : Make(facts, GapKind.StaleOnly, GapStatements.Stale(facts, taxonomy.Settings.StaleAfterYears), Primary(facts.InForce), status: facts.Ongoing.Count > 0 ? GapStatus.Addressed : GapStatus.Open);
    }

    private Gap? GenericOnly(LeafFacts facts)
    {
        if (facts.InForce.Count > 0 || facts.Ongoing.Count > 0 || generic?.GetValueOrDefault(facts.Leaf.Id) is not { Count: > 0 } found)
        {
            return null;
        }

        var cited = found.Take(Rules.MaxGenericEvidence).ToList();
        return Make(facts, GapKind.GenericOnly, GapStatements.GenericOnly(facts, cited, taxonomy.OwnersOf(facts.Leaf.Id)), cited.Select(d => Cite(d, MappingType.Generic)));
    }

    private Gap? AboutToGoStale(LeafFacts facts, DateOnly date)
    {
        var stale = taxonomy.Settings.StaleAfterYears;
        if (facts.NewestAgeYears is not { } age || age < Rules.AboutToGoStaleYears || age > stale || facts.Newest is not { Published: { } published } newest)
        {
            return null;
        }

        var goesStale = published.Earliest.AddYears(stale);
        return Make(facts, GapKind.AboutToGoStale, GapStatements.AboutToGoStale(facts, newest, age, goesStale < date ? date : goesStale, stale), [Cite(newest, MappingType.Direct), .. Primary(facts.InForce)]);
    }

    private Gap? InformativeOnly(LeafFacts facts) =>
        facts.InForce.Count > 0 && facts.Normative.Count == 0
            ? Make(facts, GapKind.InformativeOnly, GapStatements.InformativeOnly(facts), [.. Primary(facts.Informative), .. Primary(facts.Ongoing)])
            : null;

    private Gap? Thin(LeafFacts facts) =>
        facts.InForce.Count > 0 && facts.Normative.Count <= Rules.ThinMaxNormative
            ? Make(facts, GapKind.Thin, GapStatements.Thin(facts), [.. Primary(facts.Normative), .. Primary(facts.Informative), .. Primary(facts.Ongoing), .. Supporting(facts.Secondary)])
            : null;

    private Gap? SingleBody(LeafFacts facts)
    {
        if (facts.NormativeBodies is not [var body])
        {
            return null;
        }

        // The perspective body alone: a candidate for common text or joint work rather than new work.
        var perspective = Rules.Perspectives.FirstOrDefault(p => p.Body == body);
        return Make(facts, GapKind.SingleBody, GapStatements.SingleBody(facts, body, perspective is not null, Rules.Perspectives.Where(p => p.Body != body).Select(p => p.Body).ToList()), Primary(facts.Normative));
    }

    private Gap? NoPerspectiveWork(LeafFacts facts, Perspective perspective)
    {
        var elsewhere = facts.InForce.Where(d => d.Body != perspective.Body).ToList();
        var own = perspective.Counts == PerspectiveCount.NormativeInForce
            ? facts.Normative.Where(d => d.Body == perspective.Body)
            : facts.InForce.Concat(facts.Ongoing).Where(d => d.Body == perspective.Body);
        if (elsewhere.Count == 0 || own.Any())
        {
            return null;
        }

        // The perspective body's committee nearest the leaf: its own or an ancestor's mandate, else a sibling's; none is
        // better than a committee picked from elsewhere in the tree.
        bool Ours(CommitteeMandate o) => o.Committee.StartsWith(perspective.Body, StringComparison.Ordinal);
        var owner = new[] { facts.Leaf.Id }.Concat(taxonomy.AncestorsOf(facts.Leaf.Id).Select(a => a.Id))
                .SelectMany(id => taxonomy.Find(id)?.Owners ?? []).FirstOrDefault(Ours)
            ?? (facts.Leaf.ParentId is { } parent ? taxonomy.ChildrenOf(parent).SelectMany(n => n.Owners).FirstOrDefault(Ours) : null);
        // What the perspective body has that does not count (an ITU-T Supplement) is shown beside the others' work.
        var lesser = facts.InForce.Concat(facts.Ongoing).Concat(facts.Secondary).Where(d => d.Body == perspective.Body);
        // …and the perspective body's nearest work, on the sibling topics: where a study item could start from.
        var nearest = Adjacent(facts, perspective.Body);
        return Make(facts, GapKind.NoPerspectiveWork, GapStatements.NoPerspectiveWork(facts, perspective, elsewhere, owner), [.. Primary(elsewhere), .. Supporting(lesser), .. nearest], owner, perspective.Body);
    }

    private Gap? NoSecurityCounterpart(LeafFacts facts)
    {
        if (IsSecurity(facts.Leaf.Id) || facts.Normative.Count < Rules.WellCoveredNormative || facts.NormativeBodies.Count < Rules.WellCoveredBodies)
        {
            return null;
        }

        // The security side: the counterpart leaf's own documents, and documents that bridge this leaf and a security leaf.
        var twin = facts.Leaf.Counterpart is { } c ? topics.Primary(c).Select(x => x.Document) : [];
        var bridging = topics.Direct(facts.Leaf.Id).Select(x => x.Document)
            .Where(d => topics.TopicsOf(d.Key).Any(t => IsSecurity(t) && taxonomy.Find(t) is { } n && taxonomy.IsLeaf(n)));
        var security = twin.Concat(bridging).Where(d => d.InForce && Normativity.IsNormative(d.Document)).DistinctBy(d => d.Key).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        var bodies = security.Select(d => d.Body).Distinct(StringComparer.Ordinal).Count();
        if (security.Count > 1 && bodies > 1)
        {
            return null;
        }

        var owner = taxonomy.Contains(PrimaryTopic.SecurityRoot) && taxonomy.OwnersOf(PrimaryTopic.SecurityRoot) is [var first, ..] ? first : null;
        return Make(facts, GapKind.NoSecurityCounterpart, GapStatements.NoSecurityCounterpart(facts, security), [.. Supporting(security), .. Primary(facts.Normative.Take(MaxAdjacent)), .. Supporting(facts.Secondary)], owner);
    }

    private Gap? ParallelUncoordinated(LeafFacts facts)
    {
        var window = Rules.ParallelWindowYears;
        var dated = facts.Normative.Where(d => d.Published is not null).ToList();
        var parallel = new List<LandscapeDocument>();
        for (var i = 0; i < dated.Count; i++)
        {
            for (var j = i + 1; j < dated.Count; j++)
            {
                var (a, b) = (dated[i], dated[j]);
                if (a.Body != b.Body && Math.Abs(a.Published!.Value.Earliest.DayNumber - b.Published!.Value.Earliest.DayNumber) <= window * 366
                    && related?.Contains((a.Key, b.Key)) != true && related?.Contains((b.Key, a.Key)) != true)
                {
                    parallel.Add(a);
                    parallel.Add(b);
                }
            }
        }

        parallel = [.. parallel.DistinctBy(d => d.Key).OrderBy(d => d.Published).ThenBy(d => d.Key, StringComparer.Ordinal)];
        return parallel.Count == 0 ? null : Make(facts, GapKind.ParallelUncoordinated, GapStatements.ParallelUncoordinated(facts, parallel, window), Primary(parallel));
    }
}
