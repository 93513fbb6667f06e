using Roadmap.Core.Graph;
using Roadmap.Core.Lifecycle;
using static Roadmap.TestKit.Builders;

namespace Roadmap.TestKit.Conformance;

public abstract partial class GraphStoreConformance
{
    private async Task SeedListingAsync()
    {
        await Store.UpsertAsync(
            new GraphBatch
            {
                Documents =
                [
                    Iso("ISO 22739", "Vocabulary", published: "2024-05", committee: "ISO/TC 307"),
                    Iso("ISO 23257", "Reference architecture", published: "2022-02", committee: "ISO/TC 307/WG 1"),
                    Iso("ISO/TR 23455", "Overview of smart contracts", published: "2019-09", committee: "ISO/TC 307/WG 3"),
                    Iso("ISO/DIS 20435", "Smart contract security", "40.20", null, "ISO/TC 307/WG 3"),
                    Iso("ISO/IEC 27001", "Information security management systems", published: "2022-10", committee: "ISO/IEC JTC 1/SC 27"),
                    Iso("ISO 2", "Old withdrawn thing", "95.99", "1990", "ISO/TC 3070"),
                    Itu("ITU-T X.1401", "Security threats to distributed ledger technology", committee: "ITU-T Q14/17"),
                    Itu("ITU-T X.1402", "Security framework for distributed ledger technology", published: "2020-10-29", committee: "ITU-T SG17"),
                    Itu("ITU-T F.751.2", "Reference framework for distributed ledger technology", published: "2020-09-13", committee: "ITU-T SG16"),
                ],
                Committees = [Committee("ITU-T SG17", "ITU-T"), Committee("ITU-T Q14/17", "ITU-T", "ITU-T SG17")],
            },
            At(0),
            Ct);
    }

    [Fact]
    public async Task List_ByBody_FiltersAndCounts()
    {
        await SeedListingAsync();

        var page = await Store.ListDocumentsAsync(new DocumentQuery { Body = "ITU-T" }, Ct);

        page.TotalCount.ShouldBe(3);
        page.Items.Select(d => d.Key).ShouldBe(["ITU-T F.751.2", "ITU-T X.1401", "ITU-T X.1402"]);
        page.HasNextPage.ShouldBeFalse();
    }

    [Fact]
    public async Task List_ByKeys_OnlyThoseWithOtherFiltersAndPaging()
    {
        await SeedListingAsync();

        var keys = new[] { "ITU-T X.1401", "ISO 22739", "ISO 23257", "ISO 404" };
        var iso = await Store.ListDocumentsAsync(new DocumentQuery { Keys = keys, Body = "ISO", First = 1 }, Ct);
        var next = await Store.ListDocumentsAsync(new DocumentQuery { Keys = keys, Body = "ISO", First = 1, After = iso.EndCursor }, Ct);
        var none = await Store.ListDocumentsAsync(new DocumentQuery { Keys = [] }, Ct);

        (iso.TotalCount, iso.Items.Single().Key, iso.HasNextPage).ShouldBe((2, "ISO 22739", true));
        next.Items.Select(d => d.Key).ShouldBe(["ISO 23257"]);
        none.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task List_ByCommittee_IncludesSubcommitteesByReferenceAndByParent()
    {
        await SeedListingAsync();

        var tc307 = await Store.ListDocumentsAsync(new DocumentQuery { Committee = "ISO/TC 307" }, Ct);
        var sg17 = await Store.ListDocumentsAsync(new DocumentQuery { Committee = "ITU-T SG17" }, Ct);

        // ISO/TC 3070 is another committee that merely shares the prefix.
        tc307.Items.Select(d => d.Key).ShouldBe(["ISO 22739", "ISO 23257", "ISO/DIS 20435", "ISO/TR 23455"]);
        sg17.Items.Select(d => d.Key).ShouldBe(["ITU-T X.1401", "ITU-T X.1402"]);
    }

    [Fact]
    public async Task List_ByStageTextAndDates_CombinesFilters()
    {
        await SeedListingAsync();

        var ongoing = await Store.ListDocumentsAsync(new DocumentQuery { Stages = [LifecycleStage.InDevelopment] }, Ct);
        var smart = await Store.ListDocumentsAsync(new DocumentQuery { Text = "SMART contract" }, Ct);
        var dlt2020 = await Store.ListDocumentsAsync(new DocumentQuery { Text = "distributed", PublishedFrom = new DateOnly(2020, 1, 1), PublishedTo = new DateOnly(2020, 12, 31) }, Ct);
        var byDesignation = await Store.ListDocumentsAsync(new DocumentQuery { Text = "x.1401" }, Ct);
        var wildcard = await Store.ListDocumentsAsync(new DocumentQuery { Text = "%" }, Ct);

        ongoing.Items.Select(d => d.Key).ShouldBe(["ISO/DIS 20435"]);
        smart.Items.Select(d => d.Key).ShouldBe(["ISO/DIS 20435", "ISO/TR 23455"]);
        dlt2020.Items.Select(d => d.Key).ShouldBe(["ITU-T F.751.2", "ITU-T X.1402"]);
        byDesignation.Items.Select(d => d.Key).ShouldBe(["ITU-T X.1401"]);
        wildcard.TotalCount.ShouldBe(0);
    }

    [Theory]
    [InlineData(DocumentSort.Key, false)]
    [InlineData(DocumentSort.Key, true)]
    [InlineData(DocumentSort.Title, false)]
    [InlineData(DocumentSort.Published, true)]
    [InlineData(DocumentSort.Published, false)]
    public async Task List_PagedWithCursors_VisitsEveryDocumentOnceInOrder(DocumentSort sort, bool descending)
    {
        await SeedListingAsync();
        var all = await Store.ListDocumentsAsync(new DocumentQuery { Sort = sort, Descending = descending, First = 100 }, Ct);

        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = await Store.ListDocumentsAsync(new DocumentQuery { Sort = sort, Descending = descending, First = 2, After = after }, Ct);
            page.TotalCount.ShouldBe(9);
            seen.AddRange(page.Items.Select(d => d.Key));
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.EndCursor;
        }

        seen.ShouldBe(all.Items.Select(d => d.Key).ToList());
        seen.Count.ShouldBe(9);
        seen.Distinct().Count().ShouldBe(9);
        if (sort == DocumentSort.Title)
        {
            all.Items.Select(d => d.Title.ToLowerInvariant()).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
        }
    }

    [Fact]
    public async Task List_InvalidCursor_Throws()
    {
        await SeedListingAsync();

        await Should.ThrowAsync<ArgumentException>(() => Store.ListDocumentsAsync(new DocumentQuery { After = "not a cursor!" }, Ct));
    }

    [Fact]
    public async Task List_FirstZero_GivesCountOnly()
    {
        await SeedListingAsync();

        var page = await Store.ListDocumentsAsync(new DocumentQuery { First = 0 }, Ct);

        page.Edges.ShouldBeEmpty();
        page.TotalCount.ShouldBe(9);
        page.HasNextPage.ShouldBeTrue();
    }
}
