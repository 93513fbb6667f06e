namespace Roadmap.Search;

/// <summary>The dimensions a result set can be counted by.</summary>
public enum FacetDimension
{
    Body,

    /// <summary>The document's own committee (not its ancestors), so the counts of a dimension add up.</summary>
    Committee,

    Stage,
    Topic,
    Year,
}
