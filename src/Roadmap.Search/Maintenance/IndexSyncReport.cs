namespace Roadmap.Search.Maintenance;

/// <summary>What a synchronisation did to the index.</summary>
/// <param name="Mode"><c>incremental</c> (changes since the last sync) or <c>full</c> (every document).</param>
public sealed record IndexSyncReport(string Mode, int Indexed, int Deleted, TimeSpan Elapsed);
