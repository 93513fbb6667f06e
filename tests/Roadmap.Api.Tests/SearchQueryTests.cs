namespace Roadmap.Api.Tests;

public sealed class SearchQueryTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Search_Text_ReturnsHighlightedHitsAndFacets()
    {
        // Act
        var result = (await Gql.PostAsync(server.Client, """
            { search(text: "smart contracts", facets: true, first: 5) {
                total hits { key designation titleHtml scopeSnippetHtml score stage year body committeeKey document { key lifecycle { code } } }
                facets { dimension values { value count } } } }
            """)).Data()["search"]!;

        // Assert
        result["total"]!.GetValue<int>().ShouldBeGreaterThan(0);
        var top = result["hits"]![0]!;
        top["key"]!.GetValue<string>().ShouldBe("ISO/TR 23455");
        top["titleHtml"]!.GetValue<string>().ShouldContain("<mark>");
        top["document"]!["key"]!.GetValue<string>().ShouldBe("ISO/TR 23455");
        result["facets"]!.AsArray().Select(f => f!["dimension"]!.GetValue<string>()).ShouldContain("BODY");
    }

    [Fact]
    public async Task Search_Filters_RestrictHits()
    {
        // Act
        var result = (await Gql.PostAsync(server.Client, "{ search(filter: { body: \"ITU-T\" }) { total hits { key } } }")).Data()["search"]!;

        // Assert
        result["hits"]!.AsArray().Select(h => h!["key"]!.GetValue<string>()).ShouldBe(["ITU-T X.1401"]);
    }

    [Fact]
    public async Task Search_AdvancedSyntaxError_IsAClearError()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, "{ search(text: \"title:(unclosed\", mode: ADVANCED) { total } }");

        // Assert
        result.FirstErrorCode().ShouldBe("BAD_SEARCH_QUERY");
    }

    [Fact]
    public async Task Suggest_Prefix_CompletesDesignationsAndTitles()
    {
        // Act
        var suggestions = (await Gql.PostAsync(server.Client, "{ suggest(prefix: \"ISO 227\") { key designation title } }")).Data()["suggest"]!.AsArray();

        // Assert
        suggestions.Select(s => s!["key"]!.GetValue<string>()).ShouldContain("ISO 22739");
    }

    [Fact]
    public async Task Similar_Document_FindsOthersWithSharedTerms()
    {
        // Act
        var similar = (await Gql.PostAsync(server.Client, "{ similar(key: \"ISO 22739\", first: 3) { found interestingTerms hits { key score sharedTerms document { title } } } }")).Data()["similar"]!;

        // Assert
        similar["found"]!.GetValue<bool>().ShouldBeTrue();
        similar["hits"]!.AsArray().ShouldNotBeEmpty();
        similar["hits"]!.AsArray().ShouldAllBe(h => h!["key"]!.GetValue<string>() != "ISO 22739");
    }
}
