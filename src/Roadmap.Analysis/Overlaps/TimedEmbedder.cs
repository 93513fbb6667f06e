using System.Diagnostics;

namespace Roadmap.Analysis.Overlaps;

/// <summary>Counts the time spent in an embedder, which a run reports apart from the rest of the analysis.</summary>
internal sealed class TimedEmbedder(ITextEmbedder inner) : ITextEmbedder
{
    private long _ticks;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return inner.Embed(texts, cancellationToken);
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - started);
        }
    }
}
