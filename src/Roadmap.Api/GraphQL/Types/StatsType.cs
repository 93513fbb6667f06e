using GraphQL.Types;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class StatsType : ObjectGraphType<GraphStats>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "Counts of the graph's content.";
        Field(s => s.Documents);
        Field(s => s.Editions);
        Field(s => s.Committees);
        Field(s => s.Relations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("byBody").Resolve(c => Counts(c.Source.ByBody));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("byLifecycle").Resolve(c => Counts(c.Source.ByLifecycle));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("byCommittee").Description("The 25 committees with the most documents.").Resolve(c => Counts(c.Source.ByCommittee));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("inForceByBody").Description("Per body, the documents in force (published or under review).").Resolve(c => Counts(c.Source.InForceByBody));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("inForceWithoutCommittee").Description("Per body, the documents in force with no committee, stated or inferred; bodies with none are left out.").Resolve(c => Counts(c.Source.InForceWithoutCommittee));
        Field<DateTimeOffsetGraphType>("lastChangeAt").Resolve(c => c.Source.LastChangeAt);
    }

    private static List<KeyValuePair<string, int>> Counts(IReadOnlyDictionary<string, int> counts) => [.. counts];
}

internal sealed class CountType : ObjectGraphType<KeyValuePair<string, int>>
{
    public CountType()
    {
        Name = "Count";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Value);
    }
}
