using System.Globalization;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Roadmap.Core.Watches;

namespace Roadmap.Api.Watches;

/// <summary>
/// Sends a watch's due e-mail deliveries as one digest through the configured SMTP server (MailKit). The deliveries
/// become due at the watch's schedule (at once, next midnight UTC, next Monday), so one mail carries all that came
/// since the last. A failure is logged per delivery and retried at the next pass until the attempts run out.
/// </summary>
internal sealed partial class DigestMailer(IWatchStore store, IOptions<WatchDeliveryOptions> options, TimeProvider time, ILogger<DigestMailer> logger)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.SmtpHost);

    public async Task SendAsync(Watch watch, IReadOnlyList<DeliveryItem> items, string instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(items);
        var settings = options.Value;
        string detail;
        var ok = false;
        try
        {
            if (watch.Delivery.Email is not { } to)
            {
                detail = "the watch has no e-mail address any more";
            }
            else
            {
                using var message = Compose(watch, to, items, settings);
                using var client = new SmtpClient();
                await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, settings.SmtpStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
                if (!string.IsNullOrEmpty(settings.SmtpUser))
                {
                    await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
                }

                detail = await client.SendAsync(message, cancellationToken);
                await client.DisconnectAsync(quit: true, cancellationToken);
                ok = true;
            }
        }
        catch (Exception ex) when (ex is MailKit.ProtocolException or MailKit.CommandException or IOException or System.Net.Sockets.SocketException or SslHandshakeException)
        {
            detail = ex.Message;
            LogFailed(logger, watch.Id, ex.Message);
        }

        var now = time.GetUtcNow();
        foreach (var item in items)
        {
            var last = !ok && item.Attempts + 1 >= settings.MaxAttempts;
            await store.RecordAttemptAsync(new DeliveryAttempt
            {
                DeliveryId = item.Id,
                WatchId = watch.Id,
                EventId = item.Event.Id,
                Channel = DeliveryChannel.Email,
                At = now,
                Succeeded = ok,
                Detail = detail,
                Outcome = ok ? DeliveryState.Delivered : last ? DeliveryState.DeadLetter : DeliveryState.Pending,
                NextAttemptAt = ok || last ? null : now + settings.RetryBaseDelay * Math.Pow(2, item.Attempts),
                Instance = instance,
            }, CancellationToken.None);
        }
    }

    private static MimeMessage Compose(Watch watch, string to, IReadOnlyList<DeliveryItem> items, WatchDeliveryOptions settings)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.MailFrom));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = string.Create(CultureInfo.InvariantCulture, $"Roadmap watch '{watch.Name}': {items.Count} new event{(items.Count == 1 ? "" : "s")}");
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{items.Count} event(s) for your watch '{watch.Name}' ({watch.Id}):\n\n");
        foreach (var e in items.Select(i => i.Event).OrderBy(e => e.Id))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {e.OccurredAt:yyyy-MM-dd HH:mm} UTC  {e.Kind}: {e.Title}{(e.Significant ? " [significant]" : "")}\n");
        }

        if (settings.PublicUrl is { } site && watch.Delivery.FeedToken is { } token)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nFeed: {new Uri(site, $"feeds/watches/{watch.Id}.atom?token={token}")}\n");
        }

        message.Body = new TextPart("plain") { Text = text.ToString() };
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for watch {WatchId} not sent: {Reason}")]
    private static partial void LogFailed(ILogger logger, string watchId, string reason);
}
