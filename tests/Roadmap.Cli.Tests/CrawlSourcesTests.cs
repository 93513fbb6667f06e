using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Cli.Commands;
using Roadmap.Crawlers;
using Roadmap.Crawlers.Parsing;
using Roadmap.Crawlers.Scheduling;
using Roadmap.Hosting;

namespace Roadmap.Cli.Tests;

/// <summary>A body registered next to the built-in ones reaches the CLI's sources, its help and the nightly defaults with no other edit.</summary>
public sealed class CrawlSourcesTests
{
    [Fact]
    public void All_TheRegisteredBodies_AreTheCrawlSourcesInRegistrationOrder()
    {
        // Act
        var names = CrawlSources.All.Select(s => s.Name);

        // Assert
        names.ShouldBe(["itu-t", "iso"]);
    }

    [Fact]
    public void Registered_FakeBodyAdded_FollowsTheBuiltInSources()
    {
        // Act
        var sources = CrawlSources.Registered(WithFakeBody());

        // Assert
        sources.Select(s => s.Name).ShouldBe(["itu-t", "iso", FakeBodySource.SourceName]);
    }

    [Fact]
    public async Task CrawlHelp_FakeBodyRegistered_ListsItAmongTheSourcesToChoose()
    {
        // Arrange
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { CrawlCommand.Create(new CliConsole(output, error), CrawlSources.Registered(WithFakeBody())) };

        // Act
        var exit = await root.Parse(["crawl", "--help"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);

        // Assert
        exit.ShouldBe(0);
        var help = output.ToString();
        help.ShouldContain("Crawl ITU-T, ISO and fake-body pages into the graph");
        help.ShouldContain("Which source to crawl: itu-t, iso, fake-body or all");
    }

    [Theory]
    [InlineData(FakeBodySource.SourceName, true)]
    [InlineData("iso", true)]
    [InlineData("all", true)]
    [InlineData("not-a-body", false)]
    public void CrawlSourceOption_FakeBodyRegistered_AcceptsOnlyRegisteredNames(string name, bool accepted)
    {
        // Arrange
        using var console = new StringWriter();
        var crawl = CrawlCommand.Create(new CliConsole(console, console), CrawlSources.Registered(WithFakeBody()));

        // Act
        var errors = crawl.Parse(["--source", name]).Errors;

        // Assert
        (errors.Count == 0).ShouldBe(accepted);
    }

    [Fact]
    public void NightlyDefaults_FakeBodyRegistered_CrawlEveryRegisteredBodyUnlessConfigured()
    {
        // Arrange
        var sources = CrawlSources.Registered(WithFakeBody());

        // Act
        var byDefault = NightlySelection.Of(new CrawlerOptions(), sources);
        var configured = NightlySelection.Of(new CrawlerOptions { NightlySources = ["iso"] }, sources);

        // Assert
        byDefault.ShouldBe(["itu-t", "iso", FakeBodySource.SourceName]);
        configured.ShouldBe(["iso"]);
    }

    private static IServiceCollection WithFakeBody() => new ServiceCollection().AddRoadmapBodies().AddCrawlSource<FakeBodySource>();

    private sealed class FakeBodySource : ICrawlSource
    {
        public const string SourceName = "fake-body";

        public string Name => SourceName;

        public IReadOnlyList<PageLink> DefaultSeeds { get; } = [];

        public IReadOnlyCollection<IPageParser> Parsers { get; } = [];

        public bool Follows(PageLink link, SourceSettings settings) => false;
    }
}
