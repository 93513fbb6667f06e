using GraphQL;
using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.Search;
using Roadmap.Application.Analysis;
using Roadmap.Application.Search;
using Roadmap.Search;

namespace Roadmap.Api.GraphQL.Types;

internal sealed partial class QueryType
{
    private void AddSearch()
    {
        Field<NonNullGraphType<SearchResultType>>("search")
            .Description("Full-text search over designations, titles and scopes, with filters, facets and highlighted snippets. Empty text browses what the filters allow.")
            .Argument<StringGraphType>("text")
            .Argument<SearchModeEnum>("mode", a => a.DefaultValue = SearchMode.Simple)
            .Argument<SearchFilterInputType>("filter")
            .PageArgument("first", SearchRequest.DefaultLimit, "Hits per page")
            .Argument<IntGraphType>("offset", a => a.DefaultValue = 0)
            .Argument<BooleanGraphType>("facets", a => a.DefaultValue = false)
            .Resolve(c =>
            {
                var offset = c.GetArgument("offset", 0);
                if (offset is < 0 or > 10_000)
                {
                    throw ErrorCodes.Error(ErrorCodes.BadUserInput, "offset must be between 0 and 10000; narrow the search instead");
                }

                // A topic filter is checked against the taxonomy (unknown: BAD_USER_INPUT) and takes in the subtopics.
                var taxonomy = c.Service<AnalysisService>().Taxonomy;
                var result = c.Service<SearchResultCache>().Search(new SearchRequest
                {
                    Text = c.GetArgument<string?>("text"),
                    Mode = c.GetArgument("mode", SearchMode.Simple),
                    Filters = TopicSearch.Resolve(c.GetArgument<SearchFilters?>("filter") ?? SearchFilters.None, taxonomy),
                    Limit = Math.Max(1, PageSize.Read(c, "first", SearchRequest.DefaultLimit)),
                    Offset = offset,
                    IncludeFacets = c.GetArgument("facets", false),
                });
                return result.Succeeded ? TopicSearch.Label(result, taxonomy) : throw ErrorCodes.Error(ErrorCodes.SearchQuery, result.Error!);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestionType>>>>("suggest")
            .Description("Type-ahead over designations and titles.")
            .Argument<NonNullGraphType<StringGraphType>>("prefix")
            .PageArgument("first", 8, "How many suggestions")
            .Resolve(c => c.Service<SearchIndexHost>().Index.Suggest(c.GetArgument<string>("prefix"), Math.Max(1, PageSize.Read(c, "first", 8))));
        Field<NonNullGraphType<SimilarResultType>>("similar")
            .Description("Documents whose title and scope resemble those of a document, the document itself excluded.")
            .Argument<NonNullGraphType<IdGraphType>>("key")
            .Argument<SearchFilterInputType>("filter")
            .PageArgument("first", 10, "How many similar documents")
            .Resolve(c => c.Service<SearchIndexHost>().Index.Similar(
                c.GetArgument<string>("key"), Math.Max(1, PageSize.Read(c, "first", 10)), c.GetArgument<SearchFilters?>("filter")));
    }
}
