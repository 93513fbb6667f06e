using Roadmap.Core.Lifecycle;

namespace Roadmap.Search.Tests;

public sealed class FacetTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private static int Sum(SearchResult result, FacetDimension dimension) => result.Facets![dimension].Sum(v => v.Count);

    private static int CountOf(SearchResult result, FacetDimension dimension, string value) =>
        result.Facets![dimension].SingleOrDefault(v => v.Value == value)?.Count ?? 0;

    [Fact]
    public void Search_NoFilter_SingleValuedFacetsSumToTotal()
    {
        var result = fixture.Index.Search(new SearchRequest { IncludeFacets = true, Limit = 1 });

        result.Total.ShouldBe(Corpus.All.Count);
        Sum(result, FacetDimension.Body).ShouldBe(result.Total);
        Sum(result, FacetDimension.Stage).ShouldBe(result.Total);
        Sum(result, FacetDimension.Year).ShouldBe(result.Total);
        Sum(result, FacetDimension.Committee).ShouldBe(result.Total);
        CountOf(result, FacetDimension.Body, "ISO").ShouldBe(Corpus.All.Count(d => d.Body == "ISO"));
    }

    [Fact]
    public void Search_TextQuery_FacetsCountTheFullHitSetNotThePage()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "distributed ledger", IncludeFacets = true, Limit = 2 });

        result.Hits.Count.ShouldBe(2);
        result.Total.ShouldBeGreaterThan(2);
        Sum(result, FacetDimension.Body).ShouldBe(result.Total);
        Sum(result, FacetDimension.Stage).ShouldBe(result.Total);
    }

    [Fact]
    public void Search_BodyFilter_BodyFacetIgnoresItsOwnFilterOtherFacetsApplyIt()
    {
        var unfiltered = fixture.Index.Search(new SearchRequest { Text = "security", IncludeFacets = true });
        var filtered = fixture.Index.Search(new SearchRequest
        {
            Text = "security",
            IncludeFacets = true,
            Filters = new SearchFilters { Body = "iso" },
        });

        filtered.Hits.ShouldAllBe(h => h.Body == "ISO");
        // Drill-sideways: the body facet still shows every body, as without the body filter…
        filtered.Facets![FacetDimension.Body].ShouldBe(unfiltered.Facets![FacetDimension.Body]);
        Sum(filtered, FacetDimension.Body).ShouldBe(unfiltered.Total);
        CountOf(filtered, FacetDimension.Body, "ISO").ShouldBe(filtered.Total);
        // …while the other dimensions count only the filtered hits.
        Sum(filtered, FacetDimension.Stage).ShouldBe(filtered.Total);
        Sum(filtered, FacetDimension.Year).ShouldBe(filtered.Total);
    }

    [Fact]
    public void Search_TwoFilters_EachFacetAppliesOnlyTheOtherFilter()
    {
        var filters = new SearchFilters { Body = "ITU-T", Stage = LifecycleStage.Published };
        var both = fixture.Index.Search(new SearchRequest { IncludeFacets = true, Filters = filters });
        var bodyOnly = fixture.Index.Search(new SearchRequest { IncludeFacets = true, Filters = filters with { Stage = null } });
        var stageOnly = fixture.Index.Search(new SearchRequest { IncludeFacets = true, Filters = filters with { Body = null } });

        both.Total.ShouldBe(Corpus.All.Count(d => d.Body == "ITU-T" && d.Lifecycle.Stage == LifecycleStage.Published));
        Sum(both, FacetDimension.Stage).ShouldBe(bodyOnly.Total);
        Sum(both, FacetDimension.Body).ShouldBe(stageOnly.Total);
        CountOf(both, FacetDimension.Stage, "InDevelopment").ShouldBe(1);
        Sum(both, FacetDimension.Year).ShouldBe(both.Total);
    }

    [Fact]
    public void Search_CommitteeFilter_IncludesSubcommittees()
    {
        var result = fixture.Index.Search(new SearchRequest
        {
            IncludeFacets = true,
            Limit = 100,
            Filters = new SearchFilters { Committee = "ISO/IEC JTC 1" },
        });

        result.Hits.Select(h => h.Key).ShouldContain(Corpus.Iso27001);
        result.Hits.Select(h => h.Key).ShouldContain("ISO/IEC 42001");
        result.Hits.ShouldAllBe(h => h.CommitteeKey!.StartsWith("ISO/IEC JTC 1/", StringComparison.Ordinal));
        result.Total.ShouldBe(Corpus.All.Count(d => d.CommitteeKey!.StartsWith("ISO/IEC JTC 1/", StringComparison.Ordinal)));
        CountOf(result, FacetDimension.Committee, "ISO/IEC JTC 1/SC 27").ShouldBe(4);
    }

    [Fact]
    public void Search_YearRange_FiltersInclusivelyAndYearFacetIgnoresIt()
    {
        var result = fixture.Index.Search(new SearchRequest
        {
            IncludeFacets = true,
            Limit = 100,
            Filters = new SearchFilters { YearFrom = 2019, YearTo = 2020 },
        });

        result.Hits.ShouldAllBe(h => h.Year >= 2019 && h.Year <= 2020);
        result.Total.ShouldBe(Corpus.All.Count(d => d.Published!.Value.Year is >= 2019 and <= 2020));
        Sum(result, FacetDimension.Year).ShouldBe(Corpus.All.Count);
        Sum(result, FacetDimension.Body).ShouldBe(result.Total);
    }

    [Fact]
    public async Task Search_TopicFilter_CountsAndFiltersTopics()
    {
        using var index = DocumentIndex.CreateInMemory();
        var topics = new Dictionary<string, IReadOnlyList<string>>
        {
            [Corpus.X1401] = ["dlt-security", "dlt"],
            [Corpus.Iso23257] = ["dlt"],
        };
        await index.UpsertAsync(Corpus.All, topics, TestContext.Current.CancellationToken);

        var result = index.Search(new SearchRequest { IncludeFacets = true, Filters = new SearchFilters { Topic = "DLT" } });

        result.Hits.Select(h => h.Key).ShouldBe([Corpus.X1401, Corpus.Iso23257], ignoreOrder: true);
        CountOf(result, FacetDimension.Topic, "dlt").ShouldBe(2);
        CountOf(result, FacetDimension.Topic, "dlt-security").ShouldBe(1);
    }

    [Fact]
    public async Task Search_TopicFilterWithSubtopics_FindsDocumentsFiledUnderTheSubtopicsOnly()
    {
        // Arrange: X.1401 is filed under a subtopic only, as the analysis files documents under leaves.
        using var index = DocumentIndex.CreateInMemory();
        var topics = new Dictionary<string, IReadOnlyList<string>>
        {
            [Corpus.X1401] = ["security.threats"],
            [Corpus.X1402] = ["security.framework"],
            [Corpus.Iso23257] = ["foundations.architecture"],
        };
        await index.UpsertAsync(Corpus.All, topics, TestContext.Current.CancellationToken);

        // Act
        var parentOnly = index.Search(new SearchRequest { Filters = new SearchFilters { Topic = "security" } });
        var withSubtopics = index.Search(new SearchRequest { Filters = new SearchFilters { Topic = "security", Subtopics = ["security.threats", "security.framework"] } });

        // Assert
        parentOnly.Total.ShouldBe(0);
        withSubtopics.Hits.Select(h => h.Key).ShouldBe([Corpus.X1401, Corpus.X1402], ignoreOrder: true);
    }

    [Fact]
    public void SearchFilters_SameSubtopicsInNewLists_AreEqual()
    {
        var a = new SearchFilters { Topic = "security", Subtopics = ["security.threats"] };
        var b = new SearchFilters { Topic = "security", Subtopics = ["security.threats"] };

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }
}
