using Roadmap.Ingest.Space;

namespace Roadmap.Ingest;

/// <summary>How an import batches its writes and how many rejections it keeps for the report.</summary>
public sealed record ImportOptions
{
    /// <summary>Documents per transaction. Larger batches are faster; each batch is atomic.</summary>
    public int BatchSize { get; init; } = 2000;

    /// <summary>
    /// Documents held in memory before they are written, their editions folded together. The ISO feed lists a
    /// standard's editions thousands of lines apart; holding its 37,000 documents writes each once instead of
    /// writing 15,000 of them twice or more.
    /// </summary>
    public int HeldDocuments { get; init; } = 50_000;

    public int MaxReportedRejections { get; init; } = 200;

    /// <summary>Checks the data folder's disk before each batch (null: no check, as for a store on another machine).</summary>
    public DiskSpaceGuard? Space { get; init; }
}
