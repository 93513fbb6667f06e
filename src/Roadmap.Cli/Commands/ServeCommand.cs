using System.CommandLine;
using Roadmap.Api;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap serve</c>: the HTTP service (GraphQL, explorer, health, metrics) on the data folder, the same host as Roadmap.Api.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliConsole console)
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen (default {DefaultUrls})", DefaultValueFactory = _ => DefaultUrls };
        var anonymous = new Option<bool>("--anonymous-read") { Description = "Let clients without an API key run queries (mutations still need a key)" };
        var command = new Command("serve", "Serve the web UI, the GraphQL API and the explorer over HTTP") { urls, anonymous };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            await ServeAsync(console, GlobalOptions.DataPath(result), result.GetValue(urls) ?? DefaultUrls, result.GetValue(anonymous), ct);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Runs the service until Ctrl+C.</summary>
    public static async Task ServeAsync(CliConsole console, string dataPath, string urls, bool anonymousRead, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Roadmap:Data"] = dataPath,
            ["urls"] = urls,
            // appsettings.json is the service's own; under the CLI, keep request logs quiet.
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        };
        if (anonymousRead)
        {
            settings["Roadmap:Api:AnonymousRead"] = "true";
        }

        await console.Out.WriteLineAsync(Banner(dataPath, urls, anonymousRead));
        await RoadmapServer.RunAsync([], settings, cancellationToken);
    }

    /// <summary>The line <c>serve</c> starts with: where the web UI, the explorer and GraphQL answer.</summary>
    public static string Banner(string dataPath, string urls, bool anonymousRead)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd('/');
        return $"Serving {dataPath}: web UI {first}/, explorer {first}/explorer, GraphQL {first}/graphql{(anonymousRead ? " (anonymous read on)" : "")}. Ctrl+C stops.";
    }
}
