namespace Roadmap.Search.Tests;

public sealed class DesignationSearchTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    [Theory]
    [InlineData("X.1401", Corpus.X1401)]
    [InlineData("x1401", Corpus.X1401)]
    [InlineData("x.1401", Corpus.X1401)]
    [InlineData("ITU-T X.1401", Corpus.X1401)]
    [InlineData("itu-t x.1401 (11/2019)", Corpus.X1401)]
    [InlineData("X.1404", Corpus.X1404)]
    [InlineData("23257", Corpus.Iso23257)]
    [InlineData("ISO 23257", Corpus.Iso23257)]
    [InlineData("iso 23257:2022", Corpus.Iso23257)]
    [InlineData("TR 23455", Corpus.Tr23455)]
    [InlineData("iso/tr 23455:2019", Corpus.Tr23455)]
    [InlineData("ISO/TR 23244", Corpus.Tr23244)]
    [InlineData("22739", Corpus.Iso22739)]
    [InlineData("ISO 22739:2020", Corpus.Iso22739)]
    [InlineData("ETSI GS PDL 012", Corpus.Pdl012)]
    [InlineData("PDL-012", Corpus.Pdl012)]
    [InlineData("pdl 12", Corpus.Pdl012)]
    [InlineData("IEEE 2418.2", Corpus.Ieee24182)]
    [InlineData("P2418.2", Corpus.Ieee24182)]
    [InlineData("did-core", Corpus.DidCore)]
    [InlineData("27001", Corpus.Iso27001)]
    [InlineData("ISO/IEC 27001:2013", Corpus.Iso27001)]
    [InlineData("ITU-T P.800", "ITU-T P.800")]
    public void Search_DesignationTypedAnyWay_FindsItsDocumentFirst(string text, string expectedKey)
    {
        var result = fixture.Index.Search(new SearchRequest { Text = text });

        result.Error.ShouldBeNull();
        result.Hits.ShouldNotBeEmpty();
        result.Hits[0].Key.ShouldBe(expectedKey);
    }

    [Fact]
    public void Search_PartialDesignationWhileTyping_OffersTheSeries()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "X.140" });

        result.Hits.Take(5).Select(h => h.Key).ShouldBe([Corpus.X1401, Corpus.X1402, Corpus.X1403, Corpus.X1404, "ITU-T X.1408"], ignoreOrder: true);
    }

    [Fact]
    public void Search_AdvancedFieldQuery_UsesTheDesignationAnalysis()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "designation:\"X 1402\"", Mode = SearchMode.Advanced });

        result.Error.ShouldBeNull();
        result.Hits[0].Key.ShouldBe(Corpus.X1402);
    }
}
