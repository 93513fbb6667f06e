namespace Roadmap.Core.Graph;

/// <summary>One page of a cursor-paginated listing.</summary>
public sealed record Page<T>(IReadOnlyList<Edge<T>> Edges, int TotalCount, bool HasNextPage)
{
    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;

    public IEnumerable<T> Items => Edges.Select(e => e.Node);
}
