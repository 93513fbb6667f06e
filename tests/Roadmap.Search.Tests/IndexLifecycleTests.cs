using Roadmap.Core.Documents;
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

    [Fact]
    public async Task RebuildAsync_IntoAnEmptyIndex_FindsEveryDocumentByItsDesignationAndFilters()
    {
        using var index = DocumentIndex.CreateInMemory();

        var rebuild = await index.RebuildAsync(Pages(Corpus.All), NoTopics, Ct);

        rebuild.ShouldBe(new IndexRebuild(Corpus.All.Count, 0));
        index.Count.ShouldBe(Corpus.All.Count);
        index.Search(new SearchRequest { Text = "ITU-T X.1404" }).Hits[0].Key.ShouldBe(Corpus.X1404);
        var w3c = index.Search(new SearchRequest { Text = "decentralized identifiers", Filters = new SearchFilters { Body = "W3C" } });
        w3c.Hits.ShouldNotBeEmpty();
        w3c.Hits.ShouldAllBe(h => h.Body == "W3C");
        index.Entries().Select(e => e.Key).ShouldBe(Corpus.All.Select(d => d.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RebuildAsync_OverAnIndex_ReplacesChangedDocumentsAndRemovesThoseNotGiven()
    {
        using var index = DocumentIndex.CreateInMemory();
        await index.UpsertAsync(Corpus.All, Ct);
        var source = Corpus.All.Where(d => d.Key != Corpus.DidCore)
            .Select(d => d.Key == Corpus.X1404 ? d with { Title = "Quantum-safe security assurance" } : d)
            .ToList();

        var rebuild = await index.RebuildAsync(Pages(source), NoTopics, Ct);

        rebuild.ShouldBe(new IndexRebuild(source.Count, 1));
        index.Count.ShouldBe(source.Count);
        index.Search(new SearchRequest { Text = "quantum" }).Hits.Single().Key.ShouldBe(Corpus.X1404);
        index.Entries().ShouldNotContain(e => e.Key == Corpus.DidCore);
        index.Entries().Single(e => e.Key == Corpus.X1404).FieldHash.ShouldBe(IndexFieldHash.Compute(source.Single(d => d.Key == Corpus.X1404)));
    }

    [Fact]
    public async Task RebuildAsync_CancelledPartWay_LeavesThePreviousIndexSearchable()
    {
        using var index = DocumentIndex.CreateInMemory();
        await index.UpsertAsync(Corpus.All, Ct);
        using var cancel = new CancellationTokenSource();
        var changed = Corpus.All.Select(d => d with { Title = "Quantum " + d.Title }).ToList();

        await Should.ThrowAsync<OperationCanceledException>(() => index.RebuildAsync(CancelAfterFirstPage(changed, cancel), NoTopics, cancel.Token));

        index.Count.ShouldBe(Corpus.All.Count);
        index.Search(new SearchRequest { Text = "quantum" }).Total.ShouldBe(0);
        index.Search(new SearchRequest { Text = "x1401" }).Hits[0].Key.ShouldBe(Corpus.X1401);
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoTopics = new Dictionary<string, IReadOnlyList<string>>();

    private static async IAsyncEnumerable<IReadOnlyList<Document>> Pages(IReadOnlyList<Document> documents)
    {
        foreach (var page in documents.Chunk(3))
        {
            await Task.Yield();
            yield return page;
        }
    }

    private static async IAsyncEnumerable<IReadOnlyList<Document>> CancelAfterFirstPage(IReadOnlyList<Document> documents, CancellationTokenSource cancel)
    {
        await Task.Yield();
        yield return documents.Take(3).ToList();
        await cancel.CancelAsync();
        yield return documents.Skip(3).ToList();
    }
}
