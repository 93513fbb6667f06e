using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;

namespace Roadmap.Api.Hosting;

/// <summary>Creates or migrates the graph store and the service database before the host takes requests; a foreign or corrupt store stops the start.</summary>
internal sealed partial class StoreInitializer(IGraphStore store, DataDirectory directory, ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SqliteAuditLog.OpenAsync(directory, cancellationToken);
        await store.InitializeAsync(cancellationToken);
        LogReady(logger, store.GetType().Name, directory.Root);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store {Store} ready; data folder {DataFolder}")]
    private static partial void LogReady(ILogger logger, string store, string dataFolder);
}
