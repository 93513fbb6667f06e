using Roadmap.Core.Graph;

namespace Roadmap.Application.Migration;

/// <summary>
/// Moves a whole installation into another one (the embedded data folder into Neo4j): the documents with their recorded
/// history, then the service's own state — analysis, editors' decisions and gaps, API keys, the audit trail, watches, the crawl's state.
/// Idempotent: what the target already has is left as it is (after a first migration the target is the live store, so a
/// repeat never overwrites an editor's later change), and the report says, part by part, what moved.
/// </summary>
public static class StoreMigration
{
    public static async Task<MigrationReport> RunAsync(ServiceStores source, ServiceStores target, int batchSize, ChangeContext context, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var graph = await GraphCopier.CopyAsync(source.Graph, target.Graph, batchSize, context, progress, cancellationToken);
        List<MigrationPart> parts =
        [
            .. await AnalysisCopy.RunAsync(source.Analysis, target.Analysis, cancellationToken),
            .. await SecurityCopy.RunAsync(source, target, cancellationToken),
            .. await WatchCopy.RunAsync(source.Watches, target, cancellationToken),
            .. await CrawlStateCopy.RunAsync(source, target, cancellationToken),
        ];
        return new MigrationReport(graph, parts);
    }
}
