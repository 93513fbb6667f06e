using GraphQL;
using Roadmap.Api.GraphQL.Paging;

namespace Roadmap.Api.Tests.Paging;

/// <summary>Pages cut from lists the analysis keeps whole, served as graphql-dotnet's Relay connection objects.</summary>
public sealed class PagesTests
{
    private static readonly string[] Items = ["a", "b", "c", "d", "e"];

    [Fact]
    public void Paginate_FirstPage_HasNextButNoPrevious()
    {
        var page = Pages.Paginate(Items, s => s, 2, null);

        page.Nodes.ShouldBe(["a", "b"]);
        page.TotalCount.ShouldBe(5);
        (page.PageInfo!.HasNextPage, page.PageInfo.HasPreviousPage).ShouldBe((true, false));
        page.PageInfo.StartCursor.ShouldBe(page.Edges![0].Cursor);
        page.PageInfo.EndCursor.ShouldBe(page.Edges[^1].Cursor);
    }

    [Fact]
    public void Paginate_AfterTheEndCursor_ResumesAfterThatItemEvenWhenEarlierOnesWentAway()
    {
        // Arrange
        var first = Pages.Paginate(Items, s => s, 2, null);

        // Act
        var next = Pages.Paginate(["b", "c", "d", "e"], s => s, 2, first.PageInfo!.EndCursor);

        // Assert
        next.Nodes.ShouldBe(["c", "d"]);
        (next.PageInfo!.HasNextPage, next.PageInfo.HasPreviousPage).ShouldBe((true, true));
    }

    [Fact]
    public void Paginate_ForeignCursor_IsTheClientsError()
    {
        var error = Should.Throw<ExecutionError>(() => Pages.Paginate(Items, s => s, 2, "not-a-cursor"));

        error.Code.ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public void Paginate_EmptyList_HasNoCursors()
    {
        var page = Pages.Paginate([], (string s) => s, 2, null);

        (page.PageInfo!.StartCursor, page.PageInfo.EndCursor, page.PageInfo.HasNextPage).ShouldBe((null, null, false));
        page.Nodes.ShouldBeEmpty();
    }
}
