using System.ComponentModel.DataAnnotations;

namespace Roadmap.Api.Hosting;

/// <summary><c>Roadmap:Graph:*</c>: which graph store serves the API.</summary>
internal sealed class GraphOptions : IValidatableObject
{
    public const string Section = "Roadmap:Graph";

    public GraphProvider Provider { get; set; } = GraphProvider.Embedded;

    /// <summary>Neo4j's HTTP root, e.g. <c>http://neo4j:7474</c>; required when <see cref="Provider"/> is Neo4j.</summary>
    public Uri? Url { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    public string Database { get; set; } = "neo4j";

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
    }
}

internal enum GraphProvider
{
    Embedded,
    Neo4j,
}
