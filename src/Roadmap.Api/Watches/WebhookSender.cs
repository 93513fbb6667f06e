using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Roadmap.Core.Watches;

namespace Roadmap.Api.Watches;

/// <summary>
/// Delivers one claimed webhook delivery: a signed POST, retried with exponential backoff and jitter through Polly up to
/// <see cref="WatchDeliveryOptions.MaxAttempts"/> in all (attempts made before a restart count), every attempt written to
/// the delivery log, then delivered or dead-lettered. A 2xx answer is success; anything else, a timeout or a refused
/// connection is a failure.
/// </summary>
internal sealed partial class WebhookSender(
    IHttpClientFactory clients, IWatchStore store, IOptions<WatchDeliveryOptions> options, TimeProvider time, ILogger<WebhookSender> logger)
{
    public const string ClientName = "roadmap-webhooks";

    public async Task SendAsync(Watch watch, DeliveryItem item, string instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(item);
        var settings = options.Value;
        var remaining = Math.Max(1, settings.MaxAttempts - item.Attempts);
        var attempt = item.Attempts;
        var pipeline = new ResiliencePipelineBuilder<bool>
        {
            TimeProvider = time,
        }.AddRetry(new RetryStrategyOptions<bool>
        {
            MaxRetryAttempts = remaining - 1,
            Delay = settings.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result == false),
        }).Build();
        var body = WebhookPayload.Serialize(watch, item.Event);
        var delivered = await pipeline.ExecuteAsync(async token =>
        {
            attempt++;
            var (ok, detail) = await PostAsync(watch, item, body, settings, token);
            var last = !ok && attempt >= settings.MaxAttempts;
            await store.RecordAttemptAsync(new DeliveryAttempt
            {
                DeliveryId = item.Id,
                WatchId = watch.Id,
                EventId = item.Event.Id,
                Channel = DeliveryChannel.Webhook,
                At = time.GetUtcNow(),
                Succeeded = ok,
                Detail = detail,
                Outcome = ok ? DeliveryState.Delivered : last ? DeliveryState.DeadLetter : DeliveryState.Pending,
                Instance = instance,
            }, CancellationToken.None);
            if (last)
            {
                LogDeadLetter(logger, item.Event.IdempotencyKey, attempt, detail);
            }

            return ok;
        }, cancellationToken);
        _ = delivered;
    }

    private async Task<(bool Ok, string Detail)> PostAsync(Watch watch, DeliveryItem item, string body, WatchDeliveryOptions settings, CancellationToken cancellationToken)
    {
        if (watch.Delivery.WebhookUrl is not { } url || watch.Delivery.WebhookSecret is not { } secret)
        {
            return (false, "the watch has no webhook any more");
        }

        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        request.Headers.Add(WebhookSignature.IdempotencyHeader, item.Event.IdempotencyKey);
        request.Headers.Add(WebhookSignature.EventHeader, item.Event.Kind.ToString());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.WebhookTimeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            var status = (int)response.StatusCode;
            return (response.IsSuccessStatusCode, string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, $"no answer within {settings.WebhookTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return (false, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {IdempotencyKey} dead-lettered after {Attempts} attempts: {Detail}")]
    private static partial void LogDeadLetter(ILogger logger, string idempotencyKey, int attempts, string detail);
}
