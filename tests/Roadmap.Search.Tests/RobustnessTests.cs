using System.Text;

namespace Roadmap.Search.Tests;

public sealed class RobustnessTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    [Theory]
    [InlineData("ISO: (TR")]
    [InlineData("title:")]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR")]
    [InlineData("*ledger")]
    public void Search_AdvancedSyntaxError_ReturnsErrorNotException(string text)
    {
        var result = fixture.Index.Search(new SearchRequest { Text = text, Mode = SearchMode.Advanced });

        result.Error.ShouldNotBeNull();
        result.Error.ShouldStartWith("Query syntax error");
        result.Hits.ShouldBeEmpty();
    }

    [Fact]
    public void Search_AdvancedSyntax_SupportsPhraseFieldPrefixAndFuzzy()
    {
        Keys("title:\"reference architecture\"").ShouldBe([Corpus.Iso23257, Corpus.Pdl012], ignoreOrder: true);
        Keys("body:etsi AND title:smart").ShouldBe([Corpus.Pdl004]);
        Keys("title:cryptocur*").ShouldBe(["IEEE 2140.1"]);
        Keys("title:blokchain~1 AND title:vocabulary").ShouldBe([Corpus.Iso22739]);
        Keys("year:[2023 TO 2024] AND body:iso").ShouldContain(Corpus.Iso22739);

        string[] Keys(string text)
        {
            var result = fixture.Index.Search(new SearchRequest { Text = text, Mode = SearchMode.Advanced, Limit = 100 });
            result.Error.ShouldBeNull();
            return result.Hits.Select(h => h.Key).ToArray();
        }
    }

    [Theory]
    [InlineData("\"ISO: (TR")]
    [InlineData("ISO: (TR 23455")]
    [InlineData("[[[ \"\" ]]] ~~ ^^ AND")]
    [InlineData("title:(smart OR")]
    [InlineData("\\")]
    public void Search_SimpleModeWithSyntaxCharacters_NeverErrors(string text)
    {
        var result = fixture.Index.Search(new SearchRequest { Text = text });

        result.Error.ShouldBeNull();
    }

    [Fact]
    public void Search_SimpleModeBrokenQuote_StillFindsTheDesignation()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "\"ISO: (TR 23455" });

        result.Hits[0].Key.ShouldBe(Corpus.Tr23455);
    }

    [Theory]
    [InlineData(SearchMode.Simple)]
    [InlineData(SearchMode.Advanced)]
    public void Search_TenKilobyteQuery_DoesNotThrow(SearchMode mode)
    {
        var text = string.Concat(Enumerable.Repeat("distributed ledger security (\"", 400));

        var result = fixture.Index.Search(new SearchRequest { Text = text, Mode = mode });

        text.Length.ShouldBeGreaterThan(10_000);
        (result.Error is not null || result.Hits.Count > 0).ShouldBeTrue();
    }

    [Fact]
    public void Search_DeeplyNestedAdvancedQuery_IsRefused()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = new string('(', 5000) + "ledger" + new string(')', 5000), Mode = SearchMode.Advanced });

        result.Error.ShouldNotBeNull();
    }

    [Theory]
    [InlineData(SearchMode.Simple)]
    [InlineData(SearchMode.Advanced)]
    public void Search_BinaryAndControlCharacters_DoNotThrow(SearchMode mode)
    {
        var random = new Random(1401);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        var garbage = Encoding.Latin1.GetString(bytes) + "\0\u0001\uFFFD\uD800ledger\uDFFF";

        Should.NotThrow(() => fixture.Index.Search(new SearchRequest { Text = garbage, Mode = mode }));
        Should.NotThrow(() => fixture.Index.Suggest(garbage));
    }

    [Fact]
    public void Search_ControlCharactersAroundWords_AreSpaces()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "\u0000smart\u0007contract\u001b" });

        result.Hits.Take(2).Select(h => h.Key).ShouldBe([Corpus.Tr23455, Corpus.Pdl004], ignoreOrder: true);
    }

    [Fact]
    public void Search_OnlyPunctuation_MatchesNothingRatherThanEverything()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "(( :: ))" });

        result.Error.ShouldBeNull();
        result.Total.ShouldBe(0);
    }

    [Fact]
    public void Search_WhitespaceWithFilter_BrowsesInDesignationOrder()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "   \t ", Filters = new SearchFilters { Body = "itu-t" }, Limit = 100 });

        result.Total.ShouldBe(Corpus.All.Count(d => d.Body == "ITU-T"));
        result.Hits.Select(h => h.Designation).ShouldBeInOrder(SortDirection.Ascending, StringComparer.OrdinalIgnoreCase);
        result.Hits.ShouldAllBe(h => h.Score == 0f);
    }
}
