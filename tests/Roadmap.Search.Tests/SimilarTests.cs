namespace Roadmap.Search.Tests;

public sealed class SimilarTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private static readonly string[] Unrelated = ["ITU-T H.264", "ITU-T G.711", "ISO 9001", "IEEE 754", "W3C wcag21"];

    [Fact]
    public void Similar_X1401_RanksDltSecurityAboveUnrelatedAndReportsTerms()
    {
        var result = fixture.Index.Similar(Corpus.X1401, 10);

        result.Found.ShouldBeTrue();
        result.Hits.ShouldNotContain(h => h.Key == Corpus.X1401);
        result.Hits.Take(3).Select(h => h.Key).ShouldBe([Corpus.X1402, Corpus.X1403, Corpus.X1404], ignoreOrder: true);
        var keys = result.Hits.Select(h => h.Key).ToList();
        var lastDlt = keys.FindLastIndex(k => Corpus.DltSecurity.Contains(k) || k == "ITU-T X.1408");
        keys.Where(Unrelated.Contains).ShouldAllBe(k => keys.IndexOf(k) > lastDlt);
        result.InterestingTerms.ShouldContain("secur");
        result.InterestingTerms.ShouldContain("ledger");
        result.Hits[0].SharedTerms.ShouldContain("secur");
        result.Hits.ShouldAllBe(h => h.SharedTerms.Count > 0);
    }

    [Fact]
    public void Similar_WithFilter_KeepsOnlyMatchingDocuments()
    {
        var result = fixture.Index.Similar(Corpus.X1401, 10, new SearchFilters { Body = "ISO" });

        result.Hits.ShouldNotBeEmpty();
        result.Hits.Select(h => h.Key).ShouldAllBe(k => k.StartsWith("ISO", StringComparison.Ordinal));
    }

    [Fact]
    public void Similar_UnknownKey_IsNotFound()
    {
        var result = fixture.Index.Similar("ISO 0");

        result.Found.ShouldBeFalse();
        result.Hits.ShouldBeEmpty();
    }
}
