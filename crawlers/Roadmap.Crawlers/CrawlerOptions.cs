using System.ComponentModel.DataAnnotations;
using Roadmap.Crawlers.Fetching;

namespace Roadmap.Crawlers;

/// <summary>How the crawlers behave: politeness, resilience, drift and schedule. Bound from the <c>Crawler</c> section.</summary>
public sealed class CrawlerOptions : IValidatableObject
{
    public const string Section = "Crawler";

    /// <summary>Put in the User-Agent so a site operator can reach whoever runs the crawl.</summary>
    [Required]
    public string Contact { get; set; } = "mailto:roadmap-crawler@example.org";

    /// <summary>Requests per second per host; 1 by default, as polite crawlers do.</summary>
    [Range(0.001, 10_000)]
    public double RequestsPerSecond { get; set; } = 1;

    public bool HonourRobotsTxt { get; set; } = true;

    [Range(0, 20)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest Retry-After the crawl will wait for; a longer one fails the page (it is retried next run).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The time cap on one response, from sending the request to the body's last byte; a slower one fails the attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most bytes one response body may hold once decoded (gzip, deflate, brotli); 8 MiB by default. It is enforced
    /// while the body streams in, so a small compressed body that inflates to gigabytes fails its page after this many.
    /// </summary>
    [Range(1024d, 2_147_483_647d)]
    public long MaxBodyBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>Redirects followed per page (the crawl follows them itself, checking each target); more fail the page.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Addresses or CIDR networks (<c>127.0.0.1</c>, <c>10.1.0.0/16</c>) the crawl may reach although they are loopback,
    /// link-local or private; none by default, so no page, link or redirect can point the crawl inside the network.
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];

    /// <summary>The whole run's time budget; when spent the run stops, keeps its checkpoint and is marked degraded.</summary>
    public TimeSpan RunBudget { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Per host: the share of failed attempts, over the sampling window, that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A listing that yields fewer than this share of last run's items is layout drift, not a real drop.</summary>
    [Range(0.0, 1.0)]
    public double DriftRatio { get; set; } = 0.5;

    /// <summary>Cron expression (UTC) of the nightly run.</summary>
    [Required]
    public string Schedule { get; set; } = "0 2 * * *";

    /// <summary>
    /// How long the crawl lease (in the graph store) holds without renewal: the holder renews it every third of this while
    /// it crawls, and a holder that dies frees it after this. Instances must keep their clocks within a small part of it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The sources the nightly run crawls, in order; empty (the default) means every registered source, so a body's
    /// crawler is scheduled by registering it (see <see cref="Scheduling.NightlySelection"/>).
    /// </summary>
    public List<string> NightlySources { get; set; } = [];

    /// <summary>Per source: seed URLs and include filters replacing the source's defaults.</summary>
    public Dictionary<string, SourceSettings> Sources { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string UserAgent => $"Roadmap/1.0 (standards gap-analysis crawler; +{Contact})";

    /// <summary>Checks what attributes cannot: every <see cref="AllowedNetworks"/> entry is an address or a network.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        try
        {
            AddressPolicy.From(this);
        }
        catch (InvalidDataException ex)
        {
            return [new ValidationResult(ex.Message, [nameof(AllowedNetworks)])];
        }

        return [];
    }
}

/// <summary>One source's overrides: where to start and which items of its listings to follow.</summary>
public sealed class SourceSettings
{
    /// <summary>Seed pages as <c>kind url</c>, e.g. <c>itu-series https://www.itu.int/rec/T-REC-X/en</c>.</summary>
    public List<string> Seeds { get; set; } = [];

    /// <summary>Which listed items to follow, in the source's own filter syntax (ITU-T: <c>X.1400-X.1499</c>, <c>F.751.*</c>).</summary>
    public List<string> Include { get; set; } = [];

    /// <summary>
    /// Hosts a redirect may lead to besides the page's own site (same registrable domain): <c>docs.example.org</c>, or
    /// <c>*.example.org</c> for the domain and all its subdomains.
    /// </summary>
    public List<string> RedirectHosts { get; set; } = [];
}
