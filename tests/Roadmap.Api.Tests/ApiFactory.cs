using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;

namespace Roadmap.Api.Tests;

/// <summary>The real host on a fresh temp data folder with the embedded store, wrapped in a call-counting decorator.</summary>
public sealed class ApiFactory(bool anonymousRead = false, string environment = "Production", IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Roadmap.Api.Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "roadmap-api-tests", Guid.NewGuid().ToString("N"));

    public string DataPath => Path.Combine(_root, "data");

    internal CountingGraphStore Store => (CountingGraphStore)Services.GetRequiredService<IGraphStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Roadmap:Data", DataPath);
        builder.UseSetting("Roadmap:Api:AnonymousRead", anonymousRead ? "true" : "false");
        builder.UseSetting("Roadmap:Search:SyncInterval", "00:10:00");
        // Nor does the service look for writes made elsewhere: tests write to the store and sync when they mean to.
        builder.UseSetting("Roadmap:Search:PollInterval", "00:10:00");
        // Background analysis runs would race with what tests count and assert; tests that want them turn them on.
        builder.UseSetting("Roadmap:Analysis:AutoRun", "false");
        // Suites send thousands of requests from one client; the rate limit's own tests turn it on with small buckets.
        builder.UseSetting("Roadmap:Api:RateLimit:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(s =>
        {
            s.RemoveAll<IGraphStore>();
            s.AddSingleton<IGraphStore>(sp => new CountingGraphStore(SqliteGraphStore.Open(sp.GetRequiredService<DataDirectory>())));
        });
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
