using Microsoft.Extensions.Options;
using Roadmap.Core.Watches;

namespace Roadmap.Api.Watches;

/// <summary>
/// Delivers watch events in the background: every <see cref="WatchDeliveryOptions.PollInterval"/> it claims the due
/// webhook and e-mail deliveries under a lease (so several instances share the work and each delivery goes out once;
/// a claim of a killed instance is taken over when its lease ends) and sends them. A failed pass is logged and the
/// next one goes on; what was not settled is claimed again.
/// </summary>
internal sealed partial class WatchDeliveryService(
    IWatchStore store,
    WebhookSender webhooks,
    DigestMailer digests,
    IOptions<WatchDeliveryOptions> options,
    TimeProvider time,
    ILogger<WatchDeliveryService> logger) : BackgroundService
{
    /// <summary>This instance's name in claims and the delivery log.</summary>
    public string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}"[..^24];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Deliver)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogPassFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: claims and sends what is due now. Returns the deliveries it handled.</summary>
    public async Task<int> DeliverOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var handled = 0;
        var hooks = await store.ClaimDeliveriesAsync(DeliveryChannel.Webhook, Instance, now, now + settings.Lease, settings.BatchSize, cancellationToken);
        if (hooks.Count > 0)
        {
            var watches = await WatchesAsync(hooks, cancellationToken);
            await Task.WhenAll(hooks.Select(item => webhooks.SendAsync(watches[item.Event.WatchId], item, Instance, cancellationToken)));
            handled += hooks.Count;
        }

        if (digests.IsConfigured)
        {
            var mails = await store.ClaimDeliveriesAsync(DeliveryChannel.Email, Instance, now, now + settings.Lease, settings.BatchSize, cancellationToken);
            if (mails.Count > 0)
            {
                var watches = await WatchesAsync(mails, cancellationToken);
                foreach (var group in mails.GroupBy(m => m.Event.WatchId, StringComparer.Ordinal))
                {
                    await digests.SendAsync(watches[group.Key], [.. group], Instance, cancellationToken);
                }

                handled += mails.Count;
            }
        }

        return handled;
    }

    private async Task<Dictionary<string, Watch>> WatchesAsync(IReadOnlyList<DeliveryItem> items, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Watch>(StringComparer.Ordinal);
        foreach (var id in items.Select(i => i.Event.WatchId).Distinct(StringComparer.Ordinal))
        {
            // A watch removed after its events were claimed: its rows are gone too, so nothing is left to settle.
            found[id] = await store.GetWatchAsync(id, cancellationToken) ?? Removed(id);
        }

        return found;
    }

    private static Watch Removed(string id) => new() { Id = id, OwnerKeyId = "", Name = "(removed)", Rules = new WatchRules(), CreatedAt = DateTimeOffset.MinValue };

    [LoggerMessage(Level = LogLevel.Error, Message = "A watch delivery pass failed; the next pass claims what is still due")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
