using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Application.Analysis;
using Roadmap.Application.Audit;
using Roadmap.Application.Pipeline;
using Roadmap.Core.Graph;
using Roadmap.TestKit;

namespace Roadmap.Application.Tests.Fakes;

/// <summary>The analysis use cases over in-memory stores, the bundled taxonomy and a fake clock.</summary>
internal sealed class UseCases : IDisposable
{
    public UseCases(IGraphStore? graph = null)
    {
        Graph = graph ?? DocumentsOnlyStore.Create();
        Analysis = new AnalysisService(Graph, Store, new FakeTextMatcher(), () => null, new AnalysisOptions(), Time, NullLogger<AnalysisService>.Instance, Wake);
        Audit = new AuditTrail(AuditLog, Time);
    }

    public static Actor Editor { get; } = new("alice (k_1)", "editor");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public InMemoryAnalysisStore Store { get; } = new();

    public RecordingAuditLog AuditLog { get; } = new();

    public PipelineWake Wake { get; } = new();

    public IGraphStore Graph { get; }

    public AnalysisService Analysis { get; }

    public AuditTrail Audit { get; }

    public void Dispose()
    {
        Analysis.Dispose();
        Wake.Dispose();
    }
}
