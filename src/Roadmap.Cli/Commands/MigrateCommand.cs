using System.CommandLine;
using Roadmap.Application.Migration;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Graph.Neo4j;
using Roadmap.Hosting;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap migrate --to neo4j --neo4j-url URL</c>: moves the embedded installation into Neo4j (<see cref="StoreMigration"/>), idempotently.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var to = new Option<string>("--to") { Description = "The target store (neo4j)", Required = true };
        to.AcceptOnlyFromAmong("neo4j");
        var url = new Option<string?>("--neo4j-url") { Description = "e.g. http://localhost:7474 (default: $ROADMAP_NEO4J_URL)" };
        var user = new Option<string?>("--neo4j-user") { Description = "default: $ROADMAP_NEO4J_USER" };
        var password = new Option<string?>("--neo4j-password") { Description = "default: $ROADMAP_NEO4J_PASSWORD (prefer the variable: arguments show in process lists)" };
        var database = new Option<string>("--neo4j-database") { Description = "The database (Neo4j 4+)", DefaultValueFactory = _ => "neo4j" };
        var batchSize = new Option<int>("--batch-size") { Description = "Documents per transaction", DefaultValueFactory = _ => 1000 };
        var json = GlobalOptions.Json("the report");
        var command = new Command("migrate", "Move the data folder's installation into Neo4j: documents with their history, analysis, gaps and decisions, keys, audit, watches, crawl state; safe to repeat") { to, url, user, password, database, batchSize, json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var text = result.GetValue(url) ?? Environment.GetEnvironmentVariable("ROADMAP_NEO4J_URL");
            if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
            {
                throw new ArgumentException("--neo4j-url (or ROADMAP_NEO4J_URL) must be an http(s) URL, e.g. http://localhost:7474");
            }

            var options = new Neo4jOptions
            {
                Url = target,
                User = result.GetValue(user) ?? Environment.GetEnvironmentVariable("ROADMAP_NEO4J_USER"),
                Password = result.GetValue(password) ?? Environment.GetEnvironmentVariable("ROADMAP_NEO4J_PASSWORD"),
                Database = result.GetValue(database)!,
                BatchSize = Math.Clamp(result.GetValue(batchSize), 1, 10_000),
            };
            var data = GlobalOptions.DataPath(result);
            await using var source = await StoreFactory.OpenEmbeddedAsync(data, ct);
            await using var neo4j = new Neo4jGraphStore(options);
            await neo4j.InitializeAsync(ct);
            var directory = DataDirectory.OpenOrCreate(data);
            var report = await StoreMigration.RunAsync(
                States(source, directory), States(neo4j, directory), options.BatchSize, new ChangeContext(null, "migrate", time.GetUtcNow()), null, ct);
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(report);
                return ExitCodes.Ok;
            }

            var graph = report.Graph;
            await console.Out.WriteLineAsync(
                $"migrated to {target}: documents added {graph.Documents.Added:N0}, changed {graph.Documents.Changed:N0}, unchanged {graph.Documents.Unchanged:N0}, " +
                $"with {graph.ChangesCarried:N0} recorded changes; {graph.Committees:N0} committees, {graph.Relations:N0} relations, {graph.Runs:N0} crawl runs");
            foreach (var part in report.Parts)
            {
                var note = part.Note is null ? "" : $" ({part.Note})";
                await console.Out.WriteLineAsync($"  {part.Name}: {part.Copied:N0} copied, {part.AlreadyThere:N0} already there{note}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    // The same choice as the service's: the embedded graph's state in the data folder, Neo4j's in Neo4j.
    private static ServiceStores States(IGraphStore graph, DataDirectory directory) => new()
    {
        Graph = graph,
        Analysis = RoadmapStores.OpenAnalysis(graph, directory, TimeProvider.System),
        Keys = RoadmapStores.OpenApiKeys(graph, directory),
        Audit = RoadmapStores.OpenAuditLog(graph, directory),
        Watches = RoadmapStores.OpenWatches(graph, directory),
        CrawlState = RoadmapStores.OpenCrawlState(graph, directory),
    };
}
