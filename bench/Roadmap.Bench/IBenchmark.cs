namespace Roadmap.Bench;

internal interface IBenchmark
{
    string Name { get; }

    Task<BenchSection> RunAsync(BenchOptions options, CancellationToken cancellationToken);
}

/// <summary>A benchmark's figures as a Markdown section of docs/PERFORMANCE.md.</summary>
internal sealed record BenchSection(string Title, string Markdown);
