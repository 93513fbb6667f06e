namespace Roadmap.Core.Lifecycle;

/// <summary>What a feed line says about a document's state, as written: status word, document type, date and edition.</summary>
public sealed record StatedLifecycle
{
    public required string? Status { get; init; }

    public string? Type { get; init; }

    public string? Date { get; init; }

    public string? Edition { get; init; }
}
