namespace Roadmap.Search.Tests;

public sealed class RankingTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Search_SmartContractSecurity_RanksSmartContractDocumentsOnTop()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "smart contract security" });

        result.Hits.Take(2).Select(h => h.Key).ShouldBe([Corpus.Tr23455, Corpus.Pdl004], ignoreOrder: true);
        result.Total.ShouldBeGreaterThan(2);
    }

    [Fact]
    public async Task Search_SeveralWords_DocumentsWithEveryWordRankAboveThoseWithSome()
    {
        // Arrange: titles with two of the three words, several times over, against one text with the third word in its scope only.
        using var index = DocumentIndex.CreateInMemory();
        Roadmap.Core.Documents.Document[] documents =
        [
            TestDocuments.Make("IEC 62351-1", "IEC", "IEC 62351-1:2007", "Smart grid security — Smart grid security communication", "Security of smart grid communication."),
            TestDocuments.Make("ISO/IEC 7816-15", "ISO", "ISO/IEC 7816-15:2016", "Smart card security — Smart cards with security applications", "Security applications on smart cards."),
            TestDocuments.Make("ETSI GR PDL 099", "ETSI", "ETSI GR PDL 099 V1.1.1", "Smart contracts — Smart contract templates and smart contract lifecycle", "Templates for smart contracts."),
            TestDocuments.Make("ITU-T X.1464", "ITU-T", "ITU-T X.1464 (05/2021)", "Audit framework for smart contract code", "Requirements for the security of such code."),
        ];
        await index.UpsertAsync(documents, TestContext.Current.CancellationToken);

        // Act
        var result = index.Search(new SearchRequest { Text = "smart contract security" });

        // Assert
        result.Hits[0].Key.ShouldBe("ITU-T X.1464");
        result.Total.ShouldBe(4);
        result.Notice.ShouldBeNull();
    }

    [Fact]
    public void Search_NoDocumentHasEveryWord_SaysSo()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "ledger floating-point" });

        result.Total.ShouldBeGreaterThan(0);
        result.Notice.ShouldNotBeNull().ShouldContain("every word");
    }

    [Fact]
    public void Search_QuotedPhraseNoDocumentHas_FallsBackToTheWordsAndSaysSo()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "\"ledger vocabulary threats\"" });

        result.Total.ShouldBeGreaterThan(0);
        result.Notice.ShouldNotBeNull().ShouldContain("exact phrase");
    }

    [Fact]
    public void Search_QuotedPhraseADocumentHas_HasNoNotice()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "\"reference architecture\"" });

        result.Total.ShouldBeGreaterThan(0);
        result.Notice.ShouldBeNull();
    }

    [Fact]
    public void Search_PluralAndStemmedWords_MatchTheSingular()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "decentralized identifier" });

        result.Hits[0].Key.ShouldBe(Corpus.DidCore);
    }

    [Fact]
    public void Search_OneTypo_StillFindsTheDocument()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "blokchain vocabulary" });

        result.Hits[0].Key.ShouldBe(Corpus.Iso22739);
    }

    [Fact]
    public void Search_LastWordBeingTyped_MatchesAsPrefix()
    {
        var result = fixture.Index.Search(new SearchRequest { Text = "floating-poi" });

        result.Hits.ShouldNotBeEmpty();
        result.Hits[0].Key.ShouldBe("IEEE 754");
    }

    [Fact]
    public void Search_TitleOutranksScope()
    {
        // "terminology" is in the titles of 22989 and P3800 but only in the scope of 22739.
        var keys = fixture.Index.Search(new SearchRequest { Text = "terminology" }).Hits.Select(h => h.Key).ToList();

        keys.ShouldContain(Corpus.Iso22739);
        keys.IndexOf(Corpus.Iso22739).ShouldBeGreaterThan(keys.IndexOf("ISO/IEC 22989"));
        keys.IndexOf(Corpus.Iso22739).ShouldBeGreaterThan(keys.IndexOf("IEEE P3800"));
        keys.IndexOf("ISO/IEC 22989").ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void Search_Paging_ReturnsConsecutivePagesOfTheSameOrder()
    {
        var all = fixture.Index.Search(new SearchRequest { Text = "distributed ledger", Limit = 100 });
        var second = fixture.Index.Search(new SearchRequest { Text = "distributed ledger", Limit = 3, Offset = 3 });

        second.Total.ShouldBe(all.Total);
        second.Hits.Select(h => h.Key).ShouldBe(all.Hits.Skip(3).Take(3).Select(h => h.Key));
    }

    [Fact]
    public void Search_LimitAboveMaximum_IsClamped()
    {
        var result = fixture.Index.Search(new SearchRequest { Limit = 10_000 });

        result.Hits.Count.ShouldBe(Math.Min(SearchRequest.MaxLimit, Corpus.All.Count));
    }

    [Fact]
    public void Search_QuotedPhrase_ReturnsOnlyDocumentsWithThePhrase()
    {
        var quoted = fixture.Index.Search(new SearchRequest { Text = "\"reference architecture\"" });
        var words = fixture.Index.Search(new SearchRequest { Text = "reference architecture" });

        quoted.Hits.Select(h => h.Key).ShouldBe([Corpus.Iso23257, Corpus.Pdl012], ignoreOrder: true);
        words.Total.ShouldBeGreaterThan(quoted.Total);
    }

    [Fact]
    public void Search_QuotedPhraseNoDocumentHas_FallsBackToItsWords()
    {
        // The words are there, in the other order: the phrase matches nothing, the words still find the documents.
        var result = fixture.Index.Search(new SearchRequest { Text = "\"architecture reference\"" });

        result.Hits.Select(h => h.Key).ShouldContain(Corpus.Iso23257);
        result.Hits.Select(h => h.Key).ShouldContain(Corpus.Pdl012);
    }

    [Fact]
    public void Search_KnownDesignation_DoesNotMatchItsPiecesAsWords()
    {
        // "1" is a word of "Part 1" titles and a piece of many designations; next to a designation the index knows it
        // names nothing else.
        var hits = fixture.Index.Search(new SearchRequest { Text = "ISO 8601-1" }).Hits;

        hits[0].Key.ShouldBe("ISO 8601-1");
        hits.ShouldAllBe(h => h.Designation.Contains("8601", StringComparison.Ordinal));
    }
}
