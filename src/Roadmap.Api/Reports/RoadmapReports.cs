using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;
using Roadmap.Reports;
using Roadmap.Reports.Model;

namespace Roadmap.Api.Reports;

/// <summary>Builds the roadmap for the HTTP downloads and the GraphQL field, from the graph and the analysis store.</summary>
internal sealed class RoadmapReports(IGraphStore graph, IAnalysisStore analysis, TopicTaxonomy taxonomy, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _initialize = new(1, 1);
    private volatile bool _initialized;

    public async Task<RoadmapDocument> BuildAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            // The analysis tables may not exist yet on a data folder no analysis ever ran on.
            await _initialize.WaitAsync(cancellationToken);
            try
            {
                await analysis.InitializeAsync(cancellationToken);
                _initialized = true;
            }
            finally
            {
                _initialize.Release();
            }
        }

        return await new RoadmapBuilder(graph, analysis, taxonomy, time).BuildAsync(new ReportRequest { AsOf = asOf }, cancellationToken);
    }

    public void Dispose() => _initialize.Dispose();
}
