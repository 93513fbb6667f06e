using GraphQL;
using GraphQL.Types;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Paging;
using Roadmap.Application.Gaps;
using Roadmap.Core.Analysis;

namespace Roadmap.Api.GraphQL.Analysis;

internal sealed partial class AnalysisSchemaContributor
{
    private static void AddGaps(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<RoadmapConnectionType<GapType>>>("gaps")
            .Description("Gaps as a cursor connection. asOf: the gaps an as-of analysis finds (read-only snapshot; version 0).")
            .Argument<GapFilterInputType>("filter")
            .Argument<GapOrderInputType>("orderBy", "Priority, highest first, when omitted")
            .PageArgument("first", 20, "Page size")
            .Argument<StringGraphType>("after", "The endCursor of the previous page")
            .Argument<DateScalar>("asOf")
            .ResolveAsync(async c =>
            {
                var query = (c.GetArgument<GapFilter?>("filter") ?? new GapFilter()).ToQuery(c.GetArgument<GapOrder?>("orderBy"));
                var listed = await c.Service<GapQueries>().ListAsync(query, c.GetArgument<DateOnly?>("asOf"), c.CancellationToken);
                return Pages.Paginate(listed, g => g.Id, PageSize.Read(c, "first", 20), c.GetArgument<string?>("after"));
            });
        query.Field<GapType>("gap").Description("A stored gap by id; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<GapQueries>().FindAsync(c.GetArgument<string>("id"), c.CancellationToken));
    }

    private static void AddOverlaps(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<RoadmapConnectionType<OverlapType>>>("overlaps")
            .Description("Overlaps between documents of different bodies or committees, strongest first, as a cursor connection.")
            .Argument<OverlapFilterInputType>("filter")
            .PageArgument("first", 20, "Page size")
            .Argument<StringGraphType>("after", "The endCursor of the previous page")
            .ResolveAsync(async c =>
            {
                var service = Service(c);
                var filter = c.GetArgument<OverlapFilter?>("filter") ?? new OverlapFilter();
                var overlaps = await service.Store.ListOverlapsAsync(filter.MinScore ?? 0, filter.IncludeKnown, c.CancellationToken);
                var matching = overlaps.Where(o => Matches(o, filter, service.Taxonomy)).ToList();
                return Pages.Paginate(matching, o => o.FirstKey + "\u001e" + o.SecondKey, PageSize.Read(c, "first", 20), c.GetArgument<string?>("after"));
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitteePairOverlapType>>>>("overlapMatrix")
            .Description("Committee x committee overlap strength (sum of unknown overlap scores), strongest first.")
            .Argument<FloatGraphType>("minScore", a => a.DefaultValue = 0.0)
            .PageArgument("first", 100, "How many committee pairs")
            .ResolveAsync(async c =>
            {
                var overlaps = await Service(c).Store.ListOverlapsAsync(c.GetArgument("minScore", 0.0), includeKnown: false, c.CancellationToken);
                return overlaps
                    .Where(o => o.FirstCommittee is not null && o.SecondCommittee is not null && o.FirstCommittee != o.SecondCommittee)
                    .GroupBy(o => string.CompareOrdinal(o.FirstCommittee, o.SecondCommittee) < 0 ? (o.FirstCommittee!, o.SecondCommittee!) : (o.SecondCommittee!, o.FirstCommittee!))
                    .Select(g => new CommitteePairOverlap(g.Key.Item1, g.Key.Item2, Math.Round(g.Sum(o => o.Score), 4), g.Count()))
                    .OrderByDescending(p => p.Strength).ThenBy(p => p.FirstCommittee, StringComparer.Ordinal).ThenBy(p => p.SecondCommittee, StringComparer.Ordinal)
                    .Take(PageSize.Read(c, "first", 100))
                    .ToList();
            });
    }

    private static bool Matches(Overlap overlap, OverlapFilter filter, TopicTaxonomy taxonomy)
    {
        if (filter.Body is { } body && !string.Equals(overlap.FirstBody, body.Trim(), StringComparison.OrdinalIgnoreCase) && !string.Equals(overlap.SecondBody, body.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (filter.Committee is { } committee && !InCommittee(overlap.FirstCommittee, committee) && !InCommittee(overlap.SecondCommittee, committee))
        {
            return false;
        }

        if (filter.FirstCommittee is { } a && filter.SecondCommittee is { } b)
        {
            var direct = InCommittee(overlap.FirstCommittee, a) && InCommittee(overlap.SecondCommittee, b);
            var reverse = InCommittee(overlap.FirstCommittee, b) && InCommittee(overlap.SecondCommittee, a);
            if (!direct && !reverse)
            {
                return false;
            }
        }
        else if ((filter.FirstCommittee ?? filter.SecondCommittee) is { } one && !InCommittee(overlap.FirstCommittee, one) && !InCommittee(overlap.SecondCommittee, one))
        {
            return false;
        }

        return filter.Topic is not { } topic
            || (taxonomy.Contains(topic) ? taxonomy.SubtreeOf(topic).Any(t => overlap.SharedTopics.Contains(t.Id)) : overlap.SharedTopics.Contains(topic));
    }

    // A committee includes its subcommittees and working groups (ISO/TC 307 includes ISO/TC 307/WG 2).
    private static bool InCommittee(string? key, string committee)
    {
        var wanted = committee.Trim();
        return key is not null && (string.Equals(key, wanted, StringComparison.OrdinalIgnoreCase) || key.StartsWith(wanted + "/", StringComparison.OrdinalIgnoreCase));
    }
}
