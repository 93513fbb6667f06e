using Roadmap.Core.Crawling;
using Roadmap.Graph.Neo4j.State;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Neo4j.Tests.Conformance;

/// <summary>The crawl state conformance suite, run against the Neo4j at <c>ROADMAP_NEO4J_URL</c>; skipped when it is unset.</summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jCrawlStateStoreConformanceTests : CrawlStateStoreConformance
{
    private readonly Neo4jStores _stores = new();

    protected override async Task<ICrawlStateStore> CreateStoreAsync() => new Neo4jCrawlStateStore(await _stores.CreateEmptyAsync(Ct));

    protected override async Task<ICrawlStateStore> OpenAnotherAsync() => new Neo4jCrawlStateStore(await _stores.OpenAsync(Ct));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _stores.DisposeAsync();
    }
}
