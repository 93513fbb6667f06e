namespace Roadmap.Search.Maintenance;

/// <summary>What a synchronisation did to the index.</summary>
/// <param name="Mode"><c>incremental</c> (changes since the last sync) or <c>full</c> (every document).</param>
/// <param name="StoreChanged">
/// Documents indexed because the store changed them. The rest of <paramref name="Indexed"/> were only re-filed under
/// new topics (after an analysis run or an editor's decision); a full rebuild counts every document as changed.
/// </param>
/// <param name="ChangesThrough">The number of the last store change the index now holds: later ones wait for the next sync.</param>
public sealed record IndexSyncReport(string Mode, int Indexed, int Deleted, TimeSpan Elapsed, int StoreChanged, long ChangesThrough);
