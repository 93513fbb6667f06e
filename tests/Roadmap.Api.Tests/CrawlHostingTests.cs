using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Roadmap.Core.Graph;
using Roadmap.Core.Security;
using Roadmap.Crawlers;
using Roadmap.Crawlers.Parsing;
using Roadmap.Crawlers.Runs;
using Roadmap.Crawlers.Scheduling;
using Roadmap.TestKit;

namespace Roadmap.Api.Tests;

/// <summary>The nightly scheduler inside the API (Roadmap:Crawl:Nightly) and the admins' triggerCrawl, whose documents reach search and the analysis.</summary>
public sealed class CrawlHostingTests
{
    [Fact]
    public async Task NightlyScheduler_HostedOnlyWhenConfigured()
    {
        // Arrange
        await using var off = new ApiFactory();
        await using var on = new ApiFactory(settings: new Dictionary<string, string?> { ["Roadmap:Crawl:Nightly"] = "true", ["Crawler:Schedule"] = "0 3 1 1 *" });

        // Act
        _ = off.Server;
        _ = on.Server;

        // Assert
        off.Services.GetService<NightlyCrawlService>().ShouldBeNull();
        var nightly = on.Services.GetRequiredService<NightlyCrawlService>();
        on.Services.GetServices<IHostedService>().ShouldContain(nightly);
    }

    [Fact]
    public async Task NightlyRun_TestBodyRegisteredInTheHost_CrawlsItAfterTheBuiltInBodies()
    {
        // Arrange: one registration call, as a real body's project makes, and nothing else.
        var runner = new FakeRunner();
        await using var factory = new ApiFactory(
            settings: new Dictionary<string, string?> { ["Roadmap:Crawl:Nightly"] = "true", ["Crawler:Schedule"] = "0 3 1 1 *" },
            services: s => s.AddCrawlSource<TestBodySource>().RemoveAll<ICrawlRunner>().AddSingleton<ICrawlRunner>(runner));
        _ = factory.Server;
        var nightly = factory.Services.GetRequiredService<NightlyCrawlService>();

        // Act
        var ran = await nightly.TryRunNowAsync(TestContext.Current.CancellationToken);

        // Assert
        ran.ShouldBeTrue();
        runner.Requests.ShouldHaveSingleItem().Sources.ShouldBe(["itu-t", "iso", TestBodySource.SourceName]);
        factory.Services.GetRequiredService<Crawling.CrawlTriggerService>().Sources.ShouldBe(["itu-t", "iso", TestBodySource.SourceName]);
    }

    [Fact]
    public async Task TriggerCrawl_Admin_StartsAtOnce_DocumentsReachSearchAndAnalysis()
    {
        // Arrange
        var runner = new FakeRunner();
        await using var factory = new ApiFactory(anonymousRead: true, settings: new Dictionary<string, string?> { ["Roadmap:Analysis:AutoRun"] = "true" }, services: s => s.RemoveAll<ICrawlRunner>().AddSingleton<ICrawlRunner>(sp => runner.With(sp.GetRequiredService<IGraphStore>())));
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small());
        var admin = await Seed.KeyAsync(factory, ApiRole.Admin, "root");
        var editor = await Seed.KeyAsync(factory, ApiRole.Editor, "alice");

        // Act
        var forbidden = await Gql.PostAsync(client, "mutation { triggerCrawl { started } }", key: editor);
        var unknown = await Gql.PostAsync(client, "mutation { triggerCrawl(source: \"nowhere\") { started } }", key: admin);
        var trigger = (await Gql.PostAsync(client, "mutation { triggerCrawl(source: \"ITU-T\") { started message auditId job { id kind } } }", key: admin)).Data()["triggerCrawl"]!;
        var job = await Jobs.WaitAsync(client, trigger["job"]!["id"]!.GetValue<string>(), admin);
        var topics = await EventuallyAsync(async () =>
            (await Gql.PostAsync(client, "{ document(key: \"ITU-T X.1402\") { topics { topic { id } } } search(text: \"X.1402\") { total } }")).Data());
        var trail = (await Gql.PostAsync(client, "{ auditTrail(action: \"triggerCrawl\") { id target after } }", key: admin)).Data()["auditTrail"]!.AsArray();

        // Assert
        forbidden.FirstErrorCode().ShouldBe("FORBIDDEN");
        unknown.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
        trigger["started"]!.GetValue<bool>().ShouldBeTrue();
        trigger["job"]!["kind"]!.GetValue<string>().ShouldBe("CRAWL");
        job["state"]!.GetValue<string>().ShouldBe("SUCCEEDED", job.ToJsonString());
        runner.Requests.ShouldHaveSingleItem().Sources.ShouldBe(["itu-t"]);
        topics["search"]!["total"]!.GetValue<int>().ShouldBeGreaterThan(0);
        topics["document"]!["topics"]!.AsArray().ShouldNotBeEmpty();
        trail.ShouldHaveSingleItem()!["id"]!.GetValue<string>().ShouldBe(trigger["auditId"]!.GetValue<string>());
    }

    // Polls until the crawled document has been indexed and analysed (background work), for at most a minute.
    private static async Task<System.Text.Json.Nodes.JsonNode> EventuallyAsync(Func<Task<System.Text.Json.Nodes.JsonNode>> read)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var data = await read();
            if ((data["search"]!["total"]!.GetValue<int>() > 0 && data["document"]?["topics"]?.AsArray().Count > 0) || clock.Elapsed > TimeSpan.FromMinutes(1))
            {
                return data;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    private sealed class FakeRunner : ICrawlRunner
    {
        private IGraphStore? _store;

        public List<CrawlRequest> Requests { get; } = [];

        public FakeRunner With(IGraphStore store)
        {
            _store = store;
            return this;
        }

        public async Task<IReadOnlyList<CrawlReport>> RunAsync(CrawlRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            if (_store is null)
            {
                return [];
            }

            var batch = new GraphBatch { Documents = [Builders.Itu("ITU-T X.1402", "Security framework for distributed ledger technology")] };
            await _store.UpsertAsync(batch, new ChangeContext("crawl-test", "itu-t", Seed.At.AddDays(1)), cancellationToken);
            return [];
        }
    }

    private sealed class TestBodySource : ICrawlSource
    {
        public const string SourceName = "test-body";

        public string Name => SourceName;

        public IReadOnlyList<PageLink> DefaultSeeds { get; } = [];

        public IReadOnlyCollection<IPageParser> Parsers { get; } = [];

        public bool Follows(PageLink link, SourceSettings settings) => false;
    }
}
