using Roadmap.TestKit;
namespace Roadmap.Search.Tests;

public sealed class IndexLifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpsertAsync_ChangedTitle_IsVisibleToTheNextSearchWithoutReopening()
    {
        using var index = DocumentIndex.CreateInMemory();
        await index.UpsertAsync(Corpus.All, Ct);
        index.Search(new SearchRequest { Text = "quantum" }).Total.ShouldBe(0);

        var changed = Corpus.All.Single(d => d.Key == Corpus.X1404) with { Title = "Quantum-safe security assurance for distributed ledger technology" };
        await index.UpsertAsync([changed], Ct);

        var result = index.Search(new SearchRequest { Text = "quantum" });
        result.Hits.Single().Key.ShouldBe(Corpus.X1404);
        result.Hits.Single().Title.ShouldStartWith("Quantum-safe");
        index.Count.ShouldBe(Corpus.All.Count);
    }

    [Fact]
    public async Task DeleteAsync_Key_RemovesTheDocument()
    {
        using var index = DocumentIndex.CreateInMemory();
        await index.UpsertAsync(Corpus.All, Ct);

        await index.DeleteAsync([Corpus.DidCore, "not-there"], Ct);

        index.Count.ShouldBe(Corpus.All.Count - 1);
        index.Search(new SearchRequest { Text = "did-core" }).Hits.ShouldNotContain(h => h.Key == Corpus.DidCore);
        index.Entries().ShouldNotContain(e => e.Key == Corpus.DidCore);
    }

    [Fact]
    public async Task Entries_AfterUpsert_CarryTheHashOfTheStoredDocument()
    {
        using var index = DocumentIndex.CreateInMemory();
        await index.UpsertAsync(Corpus.All, Ct);

        var entries = index.Entries();

        entries.Count.ShouldBe(Corpus.All.Count);
        entries.Select(e => e.Key).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
        foreach (var document in Corpus.All)
        {
            entries.Single(e => e.Key == document.Key).FieldHash.ShouldBe(IndexFieldHash.Compute(document));
        }
    }

    [Fact]
    public void Compute_ChangeOfAnIndexedValue_ChangesTheHash()
    {
        var document = Corpus.All[0];

        IndexFieldHash.Compute(document with { Scope = document.Scope + "." }).ShouldNotBe(IndexFieldHash.Compute(document));
        IndexFieldHash.Compute(document, ["dlt"]).ShouldNotBe(IndexFieldHash.Compute(document));
        IndexFieldHash.Compute(document with { }).ShouldBe(IndexFieldHash.Compute(document));
    }

    [Fact]
    public async Task UpsertAsync_CancelledBeforeWriting_WritesNothing()
    {
        using var index = DocumentIndex.CreateInMemory();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => index.UpsertAsync(Corpus.All, cancelled.Token));

        index.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Search_ConcurrentWithWrites_NeverFailsAndEndsConsistent()
    {
        using var index = DocumentIndex.CreateInMemory();
        await index.UpsertAsync(Corpus.All, Ct);

        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                var doc = TestDocuments.Make($"TEST {i}", "ISO", $"ISO 9{i:D4}", $"Concurrent ledger test document {i}", year: 2024);
                await index.UpsertAsync([doc], Ct);
            }
        }, Ct);
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                index.Search(new SearchRequest { Text = "ledger", IncludeFacets = true }).Error.ShouldBeNull();
            }
        }, Ct));
        await Task.WhenAll([writer, .. readers]);

        index.Count.ShouldBe(Corpus.All.Count + 20);
        index.Search(new SearchRequest { Text = "concurrent" }).Total.ShouldBe(20);
    }

    [Fact]
    public async Task Open_SamePathAgain_KeepsTheDocuments()
    {
        using var folder = new TempDirectory();
        using (var index = DocumentIndex.Open(folder.Path))
        {
            await index.UpsertAsync(Corpus.All, Ct);
        }

        using var reopened = DocumentIndex.OpenOrRecreate(folder.Path, out var recreated);

        recreated.ShouldBeFalse();
        reopened.Count.ShouldBe(Corpus.All.Count);
        reopened.Search(new SearchRequest { Text = "x1401" }).Hits[0].Key.ShouldBe(Corpus.X1401);
    }
}
