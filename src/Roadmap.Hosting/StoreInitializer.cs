using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;

namespace Roadmap.Hosting;

/// <summary>
/// Creates or migrates the graph store (and, where the service's state is kept in the data folder, that database) before
/// the host takes requests; a foreign or corrupt store stops the start. A server store that cannot be reached yet (Neo4j
/// still booting) is retried for <see cref="GraphOptions.StartupWait"/>; refused credentials or a newer schema fail at
/// once, since waiting cannot mend them.
/// </summary>
internal sealed partial class StoreInitializer(IGraphStore store, DataDirectory directory, IOptions<GraphOptions> options, TimeProvider time, ILogger<StoreInitializer> logger) : IHostedService
{
    internal static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The service's own state lives in the data folder's SQLite file unless Neo4j serves (RoadmapStores): only then is
        // that file's schema this process's to create or migrate.
        if (store is not Roadmap.Graph.Neo4j.Neo4jGraphStore)
        {
            await SqliteAuditLog.OpenAsync(directory, cancellationToken);
        }

        var wait = options.Value.Provider == GraphProvider.Embedded ? TimeSpan.Zero : options.Value.StartupWait;
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.InitializeAsync(cancellationToken);
                break;
            }
            catch (GraphStoreException ex) when (IsUnreachable(ex) && time.GetElapsedTime(started) + RetryDelay <= wait)
            {
                LogWaiting(logger, attempt, ex.Message);
                await Task.Delay(RetryDelay, time, cancellationToken);
            }
        }

        LogReady(logger, store.GetType().Name, directory.Root);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>No answer yet (refused connection, timeout, a server still starting), as opposed to an answer that says no.</summary>
    internal static bool IsUnreachable(GraphStoreException exception) =>
        exception.InnerException is HttpRequestException { StatusCode: null } or TimeoutException or IOException or TaskCanceledException
            or Roadmap.Graph.Neo4j.Neo4jTransientException;

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store {Store} ready; data folder {DataFolder}")]
    private static partial void LogReady(ILogger logger, string store, string dataFolder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph store not reachable yet (attempt {Attempt}): {Reason}; retrying")]
    private static partial void LogWaiting(ILogger logger, int attempt, string reason);
}
