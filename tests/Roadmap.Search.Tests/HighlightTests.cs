namespace Roadmap.Search.Tests;

public sealed class HighlightTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    [Fact]
    public async Task Search_TitleWithMarkup_IsEscapedAndMatchesMarked()
    {
        using var index = DocumentIndex.CreateInMemory();
        await index.UpsertAsync(
            [TestDocuments.Make("ISO 99999", "ISO", "ISO 99999", "Smart contract <script>alert('x')</script> & \"ledger\" rules", "Scope & <b>bold</b> claims.")],
            TestContext.Current.CancellationToken);

        var hit = index.Search(new SearchRequest { Text = "contracts script" }).Hits.Single();

        hit.TitleHtml.ShouldBe("Smart <mark>contract</mark> &lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/<mark>script</mark>&gt; &amp; &quot;ledger&quot; rules");
        hit.ScopeSnippetHtml.ShouldBe("Scope &amp; &lt;b&gt;bold&lt;/b&gt; claims.");
    }

    [Fact]
    public void Search_StemmedQuery_MarksTheInflectedWordsInTitle()
    {
        var hit = fixture.Index.Search(new SearchRequest { Text = "contract interaction" }).Hits.First(h => h.Key == Corpus.Tr23455);

        hit.TitleHtml.ShouldContain("<mark>interactions</mark>");
        hit.TitleHtml.ShouldContain("smart <mark>contracts</mark>");
        hit.TitleHtml.ShouldNotContain("<mark>Blockchain</mark>");
    }

    [Fact]
    public void Search_LongScope_SnippetIsShortAndAroundTheMatches()
    {
        var hit = fixture.Index.Search(new SearchRequest { Text = "functional components roles" }).Hits.First(h => h.Key == Corpus.Iso23257);

        var snippet = hit.ScopeSnippetHtml!;
        snippet.ShouldContain("<mark>functional</mark> <mark>components</mark>");
        snippet.ShouldContain("<mark>roles</mark>");
        snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length.ShouldBeLessThanOrEqualTo(210);
        snippet.ShouldStartWith("\u2026");
    }

    [Fact]
    public void Search_PrefixBeingTyped_MarksTheCompletedWord()
    {
        var hit = fixture.Index.Search(new SearchRequest { Text = "cryptocurr" }).Hits[0];

        hit.TitleHtml.ShouldContain("<mark>Cryptocurrency</mark>");
    }

    [Fact]
    public void Search_Browse_HasNoMarks()
    {
        var result = fixture.Index.Search(new SearchRequest { Filters = new SearchFilters { Body = "W3C" } });

        result.Hits.ShouldAllBe(h => !h.TitleHtml.Contains("<mark>"));
    }
}
