using Roadmap.Core.Crawling;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Tests.Embedded;

/// <summary>The crawl state conformance suite, run against the data folder's SQLite database.</summary>
public sealed class SqliteCrawlStateStoreConformanceTests : CrawlStateStoreConformance
{
    private readonly TempDirectory _folder = new();

    private DataDirectory Directory => DataDirectory.OpenOrCreate(_folder.Path);

    protected override Task<ICrawlStateStore> CreateStoreAsync() => Task.FromResult<ICrawlStateStore>(new SqliteCrawlStateStore(Directory));

    protected override Task<ICrawlStateStore> OpenAnotherAsync() => Task.FromResult<ICrawlStateStore>(new SqliteCrawlStateStore(Directory));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
