using GraphQL;
using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Paging;
using Roadmap.Application.Documents;
using Roadmap.Application.Topics;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Types;

internal sealed partial class QueryType
{
    private void AddDocuments()
    {
        Field<DocumentType>("document")
            .Description("A document by its key (exact) or by a designation as people write it (`iso 22739:2024`, `ISO 23455` for ISO/TR 23455, `TR 23455`, `PDL-012`, `X1410`, `did-core`, an edition id). Null when there is none; an error when a designation is ambiguous.")
            .Argument<IdGraphType>("key", "The canonical key, e.g. ISO/TR 23455")
            .Argument<StringGraphType>("designation", "A designation in any case, spacing or edition")
            .ResolveAsync(async c =>
            {
                var (key, designation) = (c.GetArgument<string?>("key"), c.GetArgument<string?>("designation"));
                if ((key is null) == (designation is null))
                {
                    throw ErrorCodes.Error(ErrorCodes.BadUserInput, "document: give exactly one of key or designation");
                }

                if (key is not null)
                {
                    return await c.Loaders().Documents.Load(key).GetResultAsync(c.CancellationToken);
                }

                var found = await c.Service<DocumentFinder>().FindAsync(designation!, c.CancellationToken);
                return found.Candidates.Count > 1
                    ? throw ErrorCodes.Error(ErrorCodes.Ambiguous, $"{found.Error}: {string.Join(", ", found.Candidates.Select(d => d.Key))}")
                    : found.Document;
            });
        Field<NonNullGraphType<DocumentLookupType>>("lookup")
            .Description("Finds a document by a designation as people write it, with the candidates when it is ambiguous.")
            .Argument<NonNullGraphType<StringGraphType>>("designation")
            .ResolveAsync(async c => await c.Service<DocumentFinder>().FindAsync(c.GetArgument<string>("designation"), c.CancellationToken));
        Field<NonNullGraphType<RoadmapConnectionType<DocumentType>>>("publishedSince")
            .Description("What's new: the documents published on or after a year, month or date (`2024`, `2024-03`, `2024-03-15`), newest first. (`changes` tells when Roadmap recorded a change, not when a text was published.)")
            .Argument<NonNullGraphType<StringGraphType>>("since", "YYYY, YYYY-MM or YYYY-MM-DD: from its first day")
            .PageArgument("first", 50, "How many documents")
            .ResolveAsync(async c => Pages.From(
                await new PublishedSince(c.Service<IGraphStore>()).ListAsync(c.GetArgument<string>("since"), PageSize.Read(c, "first", 50), c.CancellationToken),
                afterCursor: false));
        Field<NonNullGraphType<RoadmapConnectionType<DocumentType>>>("documents")
            .Description("Documents with filters and sorting, as a cursor connection.")
            .Argument<DocumentFilterInputType>("filter")
            .Argument<DocumentOrderInputType>("orderBy", "Sort field and direction; by key ascending when omitted")
            .PageArgument("first", 20, "Page size")
            .Argument<StringGraphType>("after", "The endCursor of the previous page")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<DocumentFilter?>("filter") ?? new DocumentFilter();
                var order = c.GetArgument<DocumentOrder?>("orderBy");
                var query = new DocumentQuery
                {
                    Body = filter.Body,
                    Committee = filter.Committee,
                    Stages = filter.Lifecycle,
                    Text = filter.Text,
                    PublishedFrom = filter.PublishedFrom,
                    PublishedTo = filter.PublishedTo,
                    Keys = filter.Topic is { } topic ? await c.Service<TopicMembers>().KeysAsync(topic, c.CancellationToken) : null,
                    Sort = order?.Field ?? DocumentSort.Key,
                    Descending = order?.Descending ?? false,
                    First = PageSize.Read(c, "first", 20),
                    After = Cursors.Check(c.GetArgument<string?>("after")),
                };
                return Pages.From(await c.Service<IGraphStore>().ListDocumentsAsync(query, c.CancellationToken), query.After is not null);
            });
    }
}
