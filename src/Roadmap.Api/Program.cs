namespace Roadmap.Api;

/// <summary>
/// The Roadmap service: GraphQL at /graphql, the explorer at /explorer, /healthz, /readyz, /metrics.
/// Configuration: appsettings*.json, then environment variables (<c>Roadmap__Graph__Provider=Neo4j</c>), then arguments.
/// </summary>
public sealed partial class Program
{
    private Program()
    {
    }

    public static async Task Main(string[] args)
    {
        var app = RoadmapServer.Build(args);
        await app.RunAsync();
    }
}
