using Roadmap.TestKit;
using Roadmap.Core.Analysis;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Tests.Embedded;

/// <summary>The analysis store conformance suite, run against the embedded SQLite store (the graph's database file).</summary>
public sealed class SqliteAnalysisStoreConformanceTests : AnalysisStoreConformance
{
    private readonly TempDirectory _folder = new();

    private DataDirectory Data => DataDirectory.OpenOrCreate(Path.Combine(_folder.Root, "data"));

    protected override async Task<IAnalysisStore> CreateStoreAsync()
    {
        var store = SqliteAnalysisStore.Open(Data);
        await store.InitializeAsync(Ct);
        return store;
    }

    protected override Task<IAnalysisStore> OpenSecondStoreAsync() => Task.FromResult<IAnalysisStore>(SqliteAnalysisStore.Open(Data));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
