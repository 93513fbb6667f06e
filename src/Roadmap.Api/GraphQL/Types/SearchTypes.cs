using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Search;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class SearchResultType : ObjectGraphType<SearchResult>
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "A page of hits, the total over all pages, and facet counts when asked.";
        Field(r => r.Total).Description("Hits over all pages.");
        Field(r => r.Notice, nullable: true).Description("Set when the hits are not what the text literally asked for: a quoted phrase no document has (its words were searched), or words no document has all of (documents with some are shown).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("hits").Resolve(c => c.Source.Hits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetType>>>>("facets").Description("Counts over the whole hit set per dimension; empty unless `facets: true`.")
            .Resolve(c => (c.Source.Facets ?? new Dictionary<FacetDimension, IReadOnlyList<FacetValue>>()).ToList());
    }
}

internal sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Field(h => h.Key, type: typeof(NonNullGraphType<IdGraphType>));
        Field(h => h.Designation);
        Field(h => h.Title);
        Field(h => h.Body);
        Field<NonNullGraphType<LifecycleStageEnum>>("stage").Resolve(c => c.Source.Stage);
        Field(h => h.Year, nullable: true);
        Field(h => h.CommitteeKey, nullable: true);
        Field(h => h.Score).Description("Relevance; 0 when browsing without text.");
        Field(h => h.TitleHtml).Description("The title, HTML-escaped, matches wrapped in <mark>.");
        Field(h => h.ScopeSnippetHtml, nullable: true).Description("About 200 characters of the scope around its densest match, HTML-escaped, matches in <mark>.");
        Field<DocumentType>("document").Description("The full document (batched per request).").Resolve(c => c.Loaders().Documents.Load(c.Source.Key));
    }
}

internal sealed class FacetType : ObjectGraphType<KeyValuePair<FacetDimension, IReadOnlyList<FacetValue>>>
{
    public FacetType()
    {
        Name = "Facet";
        Field<NonNullGraphType<FacetDimensionEnum>>("dimension").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueType>>>>("values").Resolve(c => c.Source.Value);
    }
}

internal sealed class FacetValueType : ObjectGraphType<FacetValue>
{
    public FacetValueType()
    {
        Name = "FacetValue";
        Field(v => v.Value).Description("What to filter on: for topics, the topic id.");
        Field(v => v.Label, nullable: true).Description("How people name the value when it differs from it: for topics, the topic's name.");
        Field(v => v.Count);
    }
}

internal sealed class SuggestionType : ObjectGraphType<Suggestion>
{
    public SuggestionType()
    {
        Name = "Suggestion";
        Field(s => s.Key, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.Designation);
        Field(s => s.Title);
    }
}

internal sealed class SimilarResultType : ObjectGraphType<SimilarResult>
{
    public SimilarResultType()
    {
        Name = "SimilarResult";
        Field(r => r.Found).Description("False when the source document is not in the index.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("interestingTerms").Description("The source's analysed terms that built the query, most distinctive first.").Resolve(c => c.Source.InterestingTerms);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SimilarHitType>>>>("hits").Resolve(c => c.Source.Hits);
    }
}

internal sealed class SimilarHitType : ObjectGraphType<SimilarHit>
{
    public SimilarHitType()
    {
        Name = "SimilarHit";
        Field(h => h.Key, type: typeof(NonNullGraphType<IdGraphType>));
        Field(h => h.Designation);
        Field(h => h.Title);
        Field(h => h.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sharedTerms").Resolve(c => c.Source.SharedTerms);
        Field<DocumentType>("document").Resolve(c => c.Loaders().Documents.Load(c.Source.Key));
    }
}

internal sealed class SearchFilterInputType : InputObjectGraphType<SearchFilters>
{
    public SearchFilterInputType()
    {
        Name = "SearchFilter";
        Field(f => f.Body, nullable: true);
        Field(f => f.Committee, nullable: true).Description("A committee key; its descendants are included.");
        Field<LifecycleStageEnum>("stage");
        Field(f => f.Topic, nullable: true).Description("A topic id (once the analysis has classified documents); its subtopics are included. An id not in the taxonomy is BAD_USER_INPUT.");
        Field(f => f.YearFrom, nullable: true);
        Field(f => f.YearTo, nullable: true);
    }
}
