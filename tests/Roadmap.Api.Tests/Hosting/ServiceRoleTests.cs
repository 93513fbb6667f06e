using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Roadmap.Api.Watches;
using Roadmap.Application.Analysis;
using Roadmap.Application.Pipeline;
using Roadmap.Application.Watches;
using Roadmap.Crawlers.Scheduling;
using Roadmap.TestKit;

namespace Roadmap.Api.Tests.Hosting;

/// <summary>
/// <c>Roadmap:Role</c>: API replicas serve and keep their own index, the one worker does the background work, and a role
/// that is not one stops the start with a message naming the setting.
/// </summary>
public sealed class ServiceRoleTests : IDisposable
{
    // Everything a role could switch on, so the role alone decides what runs.
    private static readonly Dictionary<string, string?> Everything = new()
    {
        ["Roadmap:Analysis:AutoRun"] = "true",
        ["Roadmap:Crawl:Nightly"] = "true",
        ["Crawler:Schedule"] = "0 3 1 1 *",
    };

    private readonly TempDirectory _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ApiRole_Start_ServesWithoutCrawlScheduleDeliveriesAnalysisOrWatchSteps()
    {
        // Arrange
        await using var factory = new ApiFactory(anonymousRead: true, settings: new Dictionary<string, string?>(Everything) { ["Roadmap:Role"] = "Api", ["Roadmap:Crawl:Nightly"] = "false" });
        using var client = factory.CreateClient();

        // Act
        var hosted = factory.Services.GetServices<IHostedService>().ToList();
        var steps = factory.Services.GetRequiredService<ChangePipeline>().Steps.Select(s => s.Name).ToList();
        var answer = await Gql.PostAsync(client, "{ stats { documents } }");

        // Assert
        factory.Services.GetService<NightlyCrawlService>().ShouldBeNull();
        hosted.ShouldNotContain(h => h is WatchDeliveryService);
        hosted.ShouldNotContain(h => h is NightlyCrawlService);
        steps.ShouldBe([SearchIndexProjection.StepName]);
        answer.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WorkerRole_Start_RunsEveryBackgroundServiceAndAnswersReadinessOnly()
    {
        // Arrange
        await using var factory = new ApiFactory(anonymousRead: true, settings: new Dictionary<string, string?>(Everything) { ["Roadmap:Role"] = "worker" });
        using var client = factory.CreateClient();

        // Act
        var hosted = factory.Services.GetServices<IHostedService>().ToList();
        var steps = factory.Services.GetRequiredService<ChangePipeline>().Steps.Select(s => s.Name).ToList();
        var ready = await ReadyAsync(client);
        using var graphql = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ stats { documents } }\"}", System.Text.Encoding.UTF8, "application/json"), Ct);

        // Assert
        hosted.ShouldContain(h => h is NightlyCrawlService);
        hosted.ShouldContain(h => h is WatchDeliveryService);
        steps.ShouldBe([SearchIndexProjection.StepName, AnalysisProjection.StepName, TopicRefilingProjection.StepName, WatchProjection.StepName]);
        ready.ShouldBe(HttpStatusCode.OK);
        graphql.StatusCode.ShouldBe(HttpStatusCode.NotFound, "readers go to the API replicas");
    }

    [Fact]
    public async Task DefaultRole_Start_ServesAndRunsTheBackgroundWork()
    {
        // Arrange
        await using var factory = new ApiFactory(anonymousRead: true, settings: Everything);
        using var client = factory.CreateClient();

        // Act
        var hosted = factory.Services.GetServices<IHostedService>().ToList();
        var answer = await Gql.PostAsync(client, "{ stats { documents } }");

        // Assert
        factory.Services.GetRequiredService<IOptions<Roadmap.Hosting.RoadmapOptions>>().Value.Role.ShouldBe(Roadmap.Hosting.ServiceRole.All);
        hosted.ShouldContain(h => h is NightlyCrawlService);
        hosted.ShouldContain(h => h is WatchDeliveryService);
        factory.Services.GetRequiredService<ChangePipeline>().Steps.Select(s => s.Name).ShouldContain(AnalysisProjection.StepName);
        answer.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Wroker")]
    [InlineData("1")]
    public void Build_RoleThatIsNotOne_StopsNamingTheSettingAndTheRoles(string role)
    {
        // Arrange
        var settings = new Dictionary<string, string?> { ["Roadmap:Data"] = Path.Combine(_folder.Root, "data"), ["Roadmap:Role"] = role };

        // Act
        var error = Should.Throw<OptionsValidationException>(() => RoadmapServer.Build([], settings));

        // Assert
        error.Message.ShouldContain($"Roadmap:Role (env Roadmap__Role) is '{role}'");
        error.Message.ShouldContain("All, Api, Worker");
    }

    [Fact]
    public void Build_ApiRoleAskedForTheNightlyCrawl_StopsSayingTheWorkerCrawls()
    {
        // Arrange
        var settings = new Dictionary<string, string?>(Everything) { ["Roadmap:Data"] = Path.Combine(_folder.Root, "data"), ["Roadmap:Role"] = "Api" };

        // Act
        var error = Should.Throw<OptionsValidationException>(() => RoadmapServer.Build([], settings));

        // Assert
        error.Message.ShouldContain("Roadmap:Crawl:Nightly is true but Roadmap:Role is Api");
        error.Message.ShouldContain("Roadmap__Role=Worker");
    }

    // Readiness once the first pipeline pass has indexed the (empty) store: the worker's start does it in the background.
    private static async Task<HttpStatusCode> ReadyAsync(HttpClient client)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            using var response = await client.GetAsync("/readyz", Ct);
            if (response.StatusCode == HttpStatusCode.OK || clock.Elapsed > TimeSpan.FromMinutes(1))
            {
                return response.StatusCode;
            }

            await Task.Delay(100, Ct);
        }
    }
}
