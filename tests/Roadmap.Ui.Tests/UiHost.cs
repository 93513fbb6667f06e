using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Api;
using Roadmap.Cli;
using Roadmap.TestKit;

namespace Roadmap.Ui.Tests;

/// <summary>
/// The real service on Kestrel at 127.0.0.1 (a free port), on a data folder filled exactly as <c>roadmap demo</c> fills
/// it (committees, the offline crawl snapshot, the catalogue, an analysis run), with one editor and one reader key.
/// </summary>
internal sealed class UiHost : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();
    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;

    public string EditorKey { get; private set; } = "";

    public string ReaderKey { get; private set; } = "";

    public string DataPath => _folder.Path;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var samples = Path.Combine(SharedData.RepoRoot, "samples");
        await CliAsync(["--data", DataPath, "demo", "--no-serve", "--samples", samples], cancellationToken);
        EditorKey = await CreateKeyAsync("editor", "ui-editor", cancellationToken);
        ReaderKey = await CreateKeyAsync("reader", "ui-reader", cancellationToken);

        _app = RoadmapServer.Build([], new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Roadmap:Data"] = DataPath,
            ["Roadmap:Api:AnonymousRead"] = "true",
            ["Roadmap:Api:RateLimit:Enabled"] = "false",
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await _app.StartAsync(cancellationToken);
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await WaitUntilReadyAsync(cancellationToken);
    }

    /// <summary>A GraphQL call straight to the host (for arranging what another user did); throws on errors.</summary>
    public async Task<JsonElement> GraphQLAsync(string query, object? variables, string? key, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (body.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException("GraphQL errors: " + errors);
        }

        return body.RootElement.GetProperty("data").Clone();
    }

    private async Task<string> CreateKeyAsync(string role, string name, CancellationToken cancellationToken)
    {
        var json = await CliAsync(["--data", DataPath, "keys", "create", "--role", role, "--name", name, "--json"], cancellationToken);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("key").GetString()!;
    }

    private static async Task<string> CliAsync(string[] args, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, cancellationToken);
        if (exit != 0)
        {
            throw new InvalidOperationException($"roadmap {string.Join(' ', args)} exited {exit}: {error}");
        }

        return output.ToString();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var response = await client.GetAsync("/readyz", cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("The service did not become ready within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
