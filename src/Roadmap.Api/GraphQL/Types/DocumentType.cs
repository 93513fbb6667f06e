using GraphQL;
using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Loading;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Types;

/// <summary>A standard, recommendation, report or work item, with its editions, committee, relations and history.</summary>
internal sealed class DocumentType : ObjectGraphType<Document>
{
    public DocumentType(IEnumerable<IGraphQLSchemaContributor> contributors)
    {
        Name = "Document";
        Description = "A standard, recommendation, report or work item: one node of the graph, whatever its editions.";
        Field(d => d.Key, type: typeof(NonNullGraphType<IdGraphType>)).Description("The canonical designation without edition, e.g. ISO/TR 23455; the document's identity.");
        Field(d => d.Body).Description("The body code, e.g. ISO, ITU-T.");
        Field<NonNullGraphType<DocumentKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(d => d.Designation).Description("The designation of the current edition, as the body writes it.");
        Field(d => d.Title);
        Field<NonNullGraphType<LifecycleType>>("lifecycle").Resolve(c => c.Source.Lifecycle);
        Field<StringGraphType>("published").Description("Publication date of the current edition: YYYY, YYYY-MM or YYYY-MM-DD as precise as known.")
            .Resolve(c => c.Source.Published?.ToString());
        Field<IntGraphType>("publishedYear").Resolve(c => c.Source.Published?.Year);
        Field(d => d.CommitteeKey, nullable: true).Description("The responsible committee's key.");
        Field(d => d.CommitteeInferredBy, nullable: true).Description("The attribution rule that inferred the committee (e.g. itu-t-attribution:x-dlt-security) when no source stated it; null when a source did.");
        Field<CommitteeType>("committee").Description("The responsible committee (loaded from the shared committee catalogue).")
            .ResolveAsync(async c => (await c.Loaders().Committees.GetAsync(c.CancellationToken)).Find(c.Source.CommitteeKey));
        Field(d => d.Scope, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ics").Resolve(c => c.Source.Ics);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EditionType>>>>("editions").Description("Every known edition, newest first.").Resolve(c => c.Source.Editions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations")
            .Description("Relations leaving or entering the document (batched per request).")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Only these relation types")
            .Resolve(c =>
            {
                var types = c.GetArgument<List<RelationType>?>("types");
                var key = c.Source.Key;
                return c.Loaders().Relations.Load(key).Select(relations => Filter(relations, types).Select(r => new RelationView(r, key)).ToList());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeighbourType>>>>("neighbours")
            .Description("The related documents that exist in the graph, with the relation that links them (batched per request).")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Only these relation types")
            .Resolve(c => Neighbours(c.Loaders(), c.Source.Key, c.GetArgument<List<RelationType>?>("types")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentChangeType>>>>("history").Description("Recorded changes, oldest first.")
            .ResolveAsync(async c => await c.Service<IGraphStore>().GetHistoryAsync(c.Source.Key, c.CancellationToken));

        foreach (var contributor in contributors)
        {
            contributor.ExtendDocument(this);
        }
    }

    private static IEnumerable<DocumentRelation> Filter(IReadOnlyList<DocumentRelation>? relations, List<RelationType>? types) =>
        (relations ?? []).Where(r => types is not { Count: > 0 } || types.Contains(r.Type));

    private static object Neighbours(RequestLoaders loaders, string key, List<RelationType>? types) =>
        loaders.Relations.Load(key).Then(relations =>
        {
            var links = Filter(relations, types).Select(r => new RelationView(r, key)).ToList();
            return loaders.Documents.LoadMany(links.Select(l => l.OtherKey).Distinct(StringComparer.Ordinal)).Select(documents =>
            {
                var byKey = documents.ToDictionary(d => d.Key, StringComparer.Ordinal);
                return links.Where(l => byKey.ContainsKey(l.OtherKey)).Select(l => new Neighbour(byKey[l.OtherKey], l.Relation.Type, l.Outgoing)).ToList();
            });
        });
}
