using Roadmap.Analysis.Taxonomy;
using Roadmap.Application.Errors;
using Roadmap.Application.Search;
using Roadmap.Search;
using Roadmap.TestKit;

namespace Roadmap.Application.Tests.Search;

public sealed class TopicSearchTests
{
    private static readonly TopicTaxonomy Taxonomy = TaxonomyLoader.LoadDefault(new FakeTextMatcher());

    [Fact]
    public void Resolve_ParentTopic_AddsEverySubtopic()
    {
        var filters = TopicSearch.Resolve(new SearchFilters { Topic = "security" }, Taxonomy);

        filters.Topic.ShouldBe("security");
        filters.Subtopics.ShouldContain("security.framework");
        filters.Subtopics.ShouldContain("security.threats");
        filters.Subtopics.ShouldNotContain("security");
        filters.Subtopics.ShouldNotContain("privacy.pii");
    }

    [Fact]
    public void Resolve_Leaf_HasNoSubtopics()
    {
        TopicSearch.Resolve(new SearchFilters { Topic = " Security.Framework " }, Taxonomy).ShouldBe(new SearchFilters { Topic = "security.framework" });
    }

    [Fact]
    public void Resolve_UnknownTopic_IsInvalidInputNamingIt()
    {
        var error = Should.Throw<InvalidInputException>(() => TopicSearch.Resolve(new SearchFilters { Topic = "astrology" }, Taxonomy));

        error.Message.ShouldStartWith("unknown topic 'astrology'");
    }

    [Fact]
    public void Label_TopicFacet_CarriesTheTopicNameAndKeepsTheId()
    {
        // Arrange
        var result = new SearchResult
        {
            Facets = new Dictionary<FacetDimension, IReadOnlyList<FacetValue>>
            {
                [FacetDimension.Topic] = [new FacetValue("security.threats", 3)],
                [FacetDimension.Body] = [new FacetValue("ISO", 2)],
            },
        };

        // Act
        var labelled = TopicSearch.Label(result, Taxonomy);

        // Assert
        labelled.Facets![FacetDimension.Topic].ShouldHaveSingleItem().ShouldBe(new FacetValue("security.threats", 3) { Label = "Security threats" });
        labelled.Facets[FacetDimension.Body].ShouldHaveSingleItem().Label.ShouldBeNull();
    }
}
