namespace Roadmap.Search;

/// <summary>What a full rebuild did: documents indexed, and documents removed because the source no longer has them.</summary>
public sealed record IndexRebuild(int Indexed, int Removed);
