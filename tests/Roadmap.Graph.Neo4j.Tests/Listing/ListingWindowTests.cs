using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Listing;

namespace Roadmap.Graph.Neo4j.Tests.Listing;

public sealed class ListingWindowTests
{
    // Fences "b", "d", "f", "h": every FenceSpacing-th sort value.
    private static readonly string[] Fences = ["b", "d", "f", "h"];

    [Fact]
    public void For_FirstPageAscending_EndsTwoFencesOn()
    {
        // Act
        var window = ListingWindow.For(Fences, cursor: null, descending: false, rows: 101, growth: 0);

        // Assert: "" … "d" holds at least one spacing (b … d) beyond whatever lies before "b".
        window.ShouldBe(new ListingWindow(string.Empty, "d", Open: false));
    }

    [Fact]
    public void For_AfterACursorAscending_StartsAtTheCursor()
    {
        var window = ListingWindow.For(Fences, cursor: "d", descending: false, rows: 101, growth: 0);

        window.ShouldBe(new ListingWindow("d", "h", Open: false));
    }

    [Fact]
    public void For_NearTheEnd_IsOpen()
    {
        var window = ListingWindow.For(Fences, cursor: "g", descending: false, rows: 101, growth: 0);

        window.ShouldBe(new ListingWindow("g", CypherStatements.SortCeiling, Open: true));
    }

    [Fact]
    public void For_Descending_EndsAtTheCursorAndReachesBack()
    {
        var first = ListingWindow.For(Fences, cursor: null, descending: true, rows: 101, growth: 0);
        var after = ListingWindow.For(Fences, cursor: "f", descending: true, rows: 101, growth: 0);
        var start = ListingWindow.For(Fences, cursor: "c", descending: true, rows: 101, growth: 0);

        first.ShouldBe(new ListingWindow("f", CypherStatements.SortCeiling, Open: false));
        after.ShouldBe(new ListingWindow("b", "f", Open: false));
        start.ShouldBe(new ListingWindow(string.Empty, "c", Open: true));
    }

    [Fact]
    public void For_BigPagesAndWidening_SpanMoreFences()
    {
        var big = ListingWindow.For(Fences, cursor: null, descending: false, rows: (2 * ListingWindow.FenceSpacing) + 1, growth: 0);
        var widened = ListingWindow.For(Fences, cursor: null, descending: false, rows: 101, growth: 1);

        big.ShouldBe(new ListingWindow(string.Empty, "h", Open: false));
        widened.Open.ShouldBeTrue();
    }

    [Fact]
    public void For_NoFences_IsOpen()
    {
        ListingWindow.For([], cursor: null, descending: false, rows: 10, growth: 0).Open.ShouldBeTrue();
    }

    [Fact]
    public void Widen_OnlyAShortBoundedWindow()
    {
        var bounded = new ListingWindow("a", "d", Open: false);
        var open = new ListingWindow("a", CypherStatements.SortCeiling, Open: true);

        bounded.Widen(returned: 5, rows: 11).ShouldBeTrue();
        bounded.Widen(returned: 11, rows: 11).ShouldBeFalse();
        open.Widen(returned: 5, rows: 11).ShouldBeFalse();
    }
}
