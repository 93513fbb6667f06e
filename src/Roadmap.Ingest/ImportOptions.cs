namespace Roadmap.Ingest;

/// <summary>How an import batches its writes and how many rejections it keeps for the report.</summary>
public sealed record ImportOptions
{
    /// <summary>Documents per transaction. Larger batches are faster; each batch is atomic.</summary>
    public int BatchSize { get; init; } = 2000;

    public int MaxReportedRejections { get; init; } = 200;
}
