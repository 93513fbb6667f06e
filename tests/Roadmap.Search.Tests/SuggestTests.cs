namespace Roadmap.Search.Tests;

public sealed class SuggestTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Suggest_DesignationPrefix_OffersTheSeriesInOrder()
    {
        var suggestions = fixture.Index.Suggest("X.140", 4);

        suggestions.Select(s => s.Key).ShouldBe([Corpus.X1401, Corpus.X1402, Corpus.X1403, Corpus.X1404]);
        suggestions[0].Title.ShouldBe("Security threats to distributed ledger technology");
        suggestions[0].Designation.ShouldBe("ITU-T X.1401 (11/2019)");
    }

    [Theory]
    [InlineData("ISO/TR 234", Corpus.Tr23455)]
    [InlineData("2325", Corpus.Iso23257)]
    [InlineData("did-c", Corpus.DidCore)]
    [InlineData("P2418", Corpus.Ieee24182)]
    [InlineData("decentralized ident", Corpus.DidCore)]
    [InlineData("Permissioned Distributed Ledger (PDL); Ref", Corpus.Pdl012)]
    public void Suggest_Prefix_OffersTheDocument(string prefix, string expectedKey)
    {
        var suggestions = fixture.Index.Suggest(prefix);

        suggestions.Select(s => s.Key).ShouldContain(expectedKey);
        suggestions.Count.ShouldBeLessThanOrEqualTo(8);
    }

    [Fact]
    public void Suggest_Limit_IsRespected()
    {
        fixture.Index.Suggest("ISO", 3).Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001")]
    public void Suggest_NothingTyped_OffersNothing(string prefix) => fixture.Index.Suggest(prefix).ShouldBeEmpty();
}
