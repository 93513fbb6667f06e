namespace Roadmap.Application.Pipeline;

/// <summary>
/// Asks the change pipeline for a pass now instead of at its next interval: after a write through the API, a triggered
/// crawl, an analysis run or an editor's decision. The one wake signal of the pipeline; nothing else schedules its work.
/// </summary>
public sealed class PipelineWake : IDisposable
{
    private readonly WakeSignal _signal = new();

    private long _requests;

    public void Soon()
    {
        Interlocked.Increment(ref _requests);
        _signal.Set();
    }

    /// <summary>How many times a pass was asked for since start: a pass that began after the n-th request answers it.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
