using Roadmap.Core.Documents;

namespace Roadmap.Search.Tests.Paging;

/// <summary>
/// Pages are the same on every replica holding the same documents: equal scores (and equal designations when browsing)
/// are ordered by document key, not by Lucene's doc ids, which follow the order the documents were written in.
/// </summary>
public sealed class TieOrderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Six documents that score alike for "ledger": same title, scope and body; only key and designation differ.
    private static readonly Document[] Tied =
    [.. new[] { "ISO 20031", "ISO 20012", "ISO 20055", "ISO 20004", "ISO 20046", "ISO 20020" }
        .Select(key => TestDocuments.Make(key, "ISO", key + ":2020", "Distributed ledger vocabulary", "Terms for distributed ledgers."))];

    [Fact]
    public async Task Search_EqualScores_PagesInKeyOrderWhateverTheWriteOrder()
    {
        // Arrange: replica A indexed everything at once (a rebuild at start); replica B got the documents one by one, in reverse.
        using var a = DocumentIndex.CreateInMemory();
        using var b = DocumentIndex.CreateInMemory();
        await a.UpsertAsync(Tied, Ct);
        foreach (var document in Tied.Reverse())
        {
            await b.UpsertAsync([document], Ct);
        }

        // Act: a reader walks three pages of two, the cursor (an offset) taken from one replica to the other.
        var pages = Enumerable.Range(0, 3)
            .Select(page => (A: Keys(a, new SearchRequest { Text = "ledger", Offset = page * 2, Limit = 2 }), B: Keys(b, new SearchRequest { Text = "ledger", Offset = page * 2, Limit = 2 })))
            .ToList();

        // Assert
        a.Search(new SearchRequest { Text = "ledger", Limit = 6 }).Hits.Select(h => h.Score).Distinct().ShouldHaveSingleItem("the documents must tie for this test to mean anything");
        pages.ForEach(p => p.B.ShouldBe(p.A));
        pages.SelectMany(p => p.A).ShouldBe(Tied.Select(d => d.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Browse_EqualDesignations_PagesInKeyOrderWhateverTheWriteOrder()
    {
        // Arrange: two bodies' documents with one designation (browsing sorts by designation); written in opposite orders.
        Document[] same = [.. new[] { "X-3", "X-1", "X-2" }.Select(key => TestDocuments.Make(key, "ISO", "ISO 9999", "Same designation " + key))];
        using var a = DocumentIndex.CreateInMemory();
        using var b = DocumentIndex.CreateInMemory();
        await a.UpsertAsync(same, Ct);
        foreach (var document in same.Reverse())
        {
            await b.UpsertAsync([document], Ct);
        }

        // Act
        var fromA = Keys(a, new SearchRequest { Limit = 2 }).Concat(Keys(a, new SearchRequest { Offset = 2, Limit = 2 })).ToList();
        var fromB = Keys(b, new SearchRequest { Limit = 2 }).Concat(Keys(b, new SearchRequest { Offset = 2, Limit = 2 })).ToList();

        // Assert
        fromA.ShouldBe(["X-1", "X-2", "X-3"]);
        fromB.ShouldBe(fromA);
    }

    private static List<string> Keys(DocumentIndex index, SearchRequest request) => [.. index.Search(request).Hits.Select(h => h.Key)];
}
