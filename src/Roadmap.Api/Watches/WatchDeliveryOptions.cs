using System.ComponentModel.DataAnnotations;
using Roadmap.Hosting;

namespace Roadmap.Api.Watches;

/// <summary><c>Roadmap:Watches:*</c>: how the service delivers watch events (webhooks, e-mail digests).</summary>
internal sealed class WatchDeliveryOptions
{
    public const string Section = "Roadmap:Watches";

    /// <summary>Off: this instance derives events (the pipeline does) but leaves delivering to other instances.</summary>
    public bool Deliver { get; set; } = true;

    /// <summary>How often the delivery service looks for due deliveries.</summary>
    [TimeSpanRange("00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed delivery is this instance's: after it another instance takes it over (a killed instance loses nothing).</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts per delivery before it is dead-lettered.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first retry's delay; each next one doubles (with jitter), through Polly.</summary>
    [TimeSpanRange("00:00:00.001", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a webhook receiver may take to answer.</summary>
    [TimeSpanRange("00:00:00.100", "00:05:00")]
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Deliveries claimed per poll and channel.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>The SMTP server digests are sent through (none: e-mail deliveries wait).</summary>
    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 25;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>STARTTLS when the server offers it (off for a local relay or a test sink).</summary>
    public bool SmtpStartTls { get; set; } = true;

    [EmailAddress]
    public string MailFrom { get; set; } = "roadmap@localhost";

    /// <summary>The service's public address, for links in digests and feeds (e.g. <c>https://roadmap.example.org</c>).</summary>
    public Uri? PublicUrl { get; set; }
}
