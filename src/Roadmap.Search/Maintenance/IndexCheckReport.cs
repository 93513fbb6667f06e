namespace Roadmap.Search.Maintenance;

/// <summary>Where the index and the store disagree: keys missing from the index, stale field hashes, keys the store no longer has.</summary>
public sealed record IndexCheckReport(int StoreDocuments, int IndexDocuments, IReadOnlyList<string> Missing, IReadOnlyList<string> Stale, IReadOnlyList<string> Extra)
{
    public bool Consistent => Missing.Count == 0 && Stale.Count == 0 && Extra.Count == 0;
}
