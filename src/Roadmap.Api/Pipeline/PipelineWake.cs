using Roadmap.Api.Hosting;

namespace Roadmap.Api.Pipeline;

/// <summary>
/// Asks the change pipeline for a pass now instead of at its next interval: after a write through the API, a triggered
/// crawl, an analysis run or an editor's decision. The one wake signal of the pipeline; nothing else schedules its work.
/// </summary>
internal sealed class PipelineWake : IDisposable
{
    private readonly WakeSignal _signal = new();

    public void Soon() => _signal.Set();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
