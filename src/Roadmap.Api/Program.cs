using Roadmap.Api;

// The Roadmap service: GraphQL at /graphql, the explorer at /explorer, /healthz, /readyz, /metrics.
// Configuration: appsettings*.json, then ROADMAP__* style environment variables (Roadmap__Graph__Provider=Neo4j), then arguments.
var app = RoadmapServer.Build(args);
await app.RunAsync();

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in tests.</summary>
public partial class Program;
