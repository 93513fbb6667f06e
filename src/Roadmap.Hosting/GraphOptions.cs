using System.ComponentModel.DataAnnotations;

namespace Roadmap.Hosting;

/// <summary>
/// <c>Roadmap:Graph:*</c>: which graph store serves the service and the CLI verbs, and every setting of the Neo4j client.
/// The one configuration model of the stores: the service binds it from its configuration, the CLI from the same
/// <c>Roadmap__Graph__…</c> environment variables (<see cref="StorageConfiguration"/>), and <see cref="RoadmapStores"/>
/// turns it into a store.
/// </summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string Section = "Roadmap:Graph";

    /// <summary>Passwords never accepted: what earlier .env.example files shipped, and Neo4j's and everyone's defaults.</summary>
    private static readonly HashSet<string> ExamplePasswords = new(StringComparer.OrdinalIgnoreCase) { "change-me-please", "changeme", "neo4j", "password" };

    public GraphProvider Provider { get; set; } = GraphProvider.Embedded;

    /// <summary>Neo4j's HTTP root, e.g. <c>http://neo4j:7474</c>; required when <see cref="Provider"/> is Neo4j.</summary>
    public Uri? Url { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>An SSO/OIDC token sent as <c>Authorization: Bearer</c>; wins over <see cref="User"/> and <see cref="Password"/>.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Rows per <c>UNWIND</c> statement; one batch may send several, all in its one transaction.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 2000;

    /// <summary>How long one HTTP request to Neo4j may take before it counts as failed (and is retried).</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long opening a connection to Neo4j may take.</summary>
    [TimeSpanRange("00:00:00.100", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries after the first attempt, for transient errors, 5xx answers, timeouts and dropped connections.</summary>
    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter, up to <see cref="RetryMaxDelay"/>.</summary>
    [TimeSpanRange("00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    [TimeSpanRange("00:00:00", "00:10:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the service keeps retrying an unreachable Neo4j at start (it may still be booting, as under docker compose)
    /// before giving up. The embedded store never waits.
    /// </summary>
    public TimeSpan StartupWait { get; set; } = TimeSpan.FromMinutes(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == GraphProvider.Neo4j && Url is null)
        {
            yield return new ValidationResult("Roadmap:Graph:Url is required when Roadmap:Graph:Provider is Neo4j", [nameof(Url)]);
        }

        if (Url is { IsAbsoluteUri: false })
        {
            yield return new ValidationResult("Roadmap:Graph:Url must be an absolute http(s) URL", [nameof(Url)]);
        }

        if (Password is { } password && ExamplePasswords.Contains(password))
        {
            yield return new ValidationResult("Roadmap:Graph:Password is the example from .env.example or a default; set a password of your own", [nameof(Password)]);
        }

        if (RetryMaxDelay < RetryBaseDelay)
        {
            yield return new ValidationResult("Roadmap:Graph:RetryMaxDelay must not be shorter than RetryBaseDelay", [nameof(RetryMaxDelay)]);
        }
    }
}
