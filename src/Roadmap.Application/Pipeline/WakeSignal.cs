namespace Roadmap.Application.Pipeline;

/// <summary>
/// Wakes a background loop: any number of <see cref="Set"/> calls before the loop waits again count as one, so a burst
/// of writes asks for one more pass, not one per write.
/// </summary>
internal sealed class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Set()
    {
        if (_semaphore.CurrentCount > 0)
        {
            return;
        }

        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Set by another thread meanwhile.
        }
    }

    /// <summary>Forgets a pending wake-up: what asked for it is already covered.</summary>
    public void Reset() => _semaphore.Wait(0);

    public Task WaitAsync(CancellationToken cancellationToken) => _semaphore.WaitAsync(cancellationToken);

    /// <summary>Waits for a wake-up or the timeout, whichever comes first; true when woken.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
