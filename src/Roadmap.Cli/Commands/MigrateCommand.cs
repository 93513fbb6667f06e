using System.CommandLine;
using Roadmap.Core.Graph;
using Roadmap.Graph.Neo4j;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap migrate --to neo4j --neo4j-url URL</c>: copies the embedded store into Neo4j, idempotently.</summary>
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
        var command = new Command("migrate", "Copy the embedded graph into another store (Neo4j); safe to repeat") { to, url, user, password, database, batchSize, json };
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
            await using var source = await StoreFactory.OpenEmbeddedAsync(GlobalOptions.DataPath(result), ct);
            await using var neo4j = new Neo4jGraphStore(options);
            await neo4j.InitializeAsync(ct);
            var report = await GraphCopier.CopyAsync(source, neo4j, options.BatchSize, new ChangeContext(null, "migrate", time.GetUtcNow()), null, ct);
            await (result.GetValue(json)
                ? console.WriteJsonAsync(report)
                : console.Out.WriteLineAsync(
                    $"migrated to {target}: documents added {report.Documents.Added:N0}, changed {report.Documents.Changed:N0}, unchanged {report.Documents.Unchanged:N0}; " +
                    $"{report.Committees:N0} committees, {report.Relations:N0} relations, {report.Runs:N0} runs"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
