namespace Roadmap.Graph.Neo4j.Listing;

/// <summary>Which filters a listing uses; each combination has its own statement text.</summary>
[Flags]
internal enum ListingFilters
{
    None = 0,
    Keys = 1,
    Committee = 2,
    Body = 4,
    Stages = 8,
    Words = 16,
    PublishedFrom = 32,
    PublishedTo = 64,
    All = 127,
}
