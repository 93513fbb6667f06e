namespace Roadmap.Graph.Neo4j;

/// <summary>Where the Neo4j server is and how to talk to it.</summary>
public sealed record Neo4jOptions
{
    /// <summary>The server's HTTP root, e.g. <c>http://localhost:7474</c>; the endpoints are discovered from it.</summary>
    public required Uri Url { get; init; }

    /// <summary>The user for Basic auth; leave null when auth is disabled or a bearer token is used.</summary>
    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>An SSO/OIDC token, sent as <c>Authorization: Bearer</c>; wins over <see cref="User"/>.</summary>
    public string? BearerToken { get; init; }

    /// <summary>The database of a 4.x/5.x server; 3.x servers have one database and ignore it.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>Rows per <c>UNWIND</c> statement; one batch may send several, all in its one transaction.</summary>
    public int BatchSize { get; init; } = 2000;

    /// <summary>How long one HTTP request may take before it counts as failed (and is retried).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long opening a TCP connection may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries after the first attempt, for transient errors, 5xx answers, timeouts and dropped connections.</summary>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(10);
}
