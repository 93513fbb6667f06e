using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Roadmap.Api;
using Roadmap.Api.Crawling;
using Roadmap.Api.Hosting;
using Roadmap.Hosting;
using Roadmap.Crawlers;
using Roadmap.TestKit;
using YamlDotNet.RepresentationModel;
using static Roadmap.Cli.Tests.Deployment.ComposeFile;

namespace Roadmap.Cli.Tests.Deployment;

/// <summary>
/// No Docker daemon runs here, so docker-compose.yml and the Dockerfile are checked as files: they parse, the services,
/// ports, health checks and settings are those the README documents, and every setting binds to a real option.
/// </summary>
public sealed class DeploymentFileTests
{
    // The operator's .env: the example with a password of their own (the example's is empty, and compose refuses it).
    private readonly ComposeFile _compose = Load(new Dictionary<string, string> { ["NEO4J_PASSWORD"] = "an-operators-own-1" });

    [Fact]
    public void Compose_refuses_the_env_example_copied_as_is()
    {
        var asShipped = Load();

        asShipped.DotEnv["NEO4J_PASSWORD"].ShouldBeEmpty("an unedited copy of .env.example must not start anything");
        Should.Throw<InvalidOperationException>(() => asShipped.Environment("neo4j")).Message.ShouldContain("NEO4J_PASSWORD is required");
        Should.Throw<InvalidOperationException>(() => asShipped.Environment("roadmap")).Message.ShouldContain("NEO4J_PASSWORD is required");
    }

    [Theory]
    [InlineData("change-me-please")]
    [InlineData("neo4j")]
    [InlineData("password")]
    public void The_service_refuses_example_and_default_passwords(string password)
    {
        var settings = ServiceSettings(Load(new Dictionary<string, string> { ["NEO4J_PASSWORD"] = password }));

        using var app = RoadmapServer.Build([], settings);

        Should.Throw<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<GraphOptions>>().Value)
            .Message.ShouldContain("Roadmap:Graph:Password is the example");
    }

    [Fact]
    public void Roadmap_answers_only_to_the_configured_host_names()
    {
        _compose.Environment("roadmap")["AllowedHosts"].ShouldBe("localhost;127.0.0.1");
        var configured = Load(new Dictionary<string, string> { ["NEO4J_PASSWORD"] = "an-operators-own-1", ["ROADMAP_ALLOWED_HOSTS"] = "roadmap.example.org" });
        configured.Environment("roadmap")["AllowedHosts"].ShouldBe("roadmap.example.org");
    }

    private static Dictionary<string, string?> ServiceSettings(ComposeFile compose)
    {
        var settings = compose.Environment("roadmap").Where(e => e.Key.Contains("__", StringComparison.Ordinal) || e.Key == "AllowedHosts")
            .ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => (string?)e.Value, StringComparer.Ordinal);
        settings["Roadmap:Data"] = Path.Combine(Path.GetTempPath(), "roadmap-compose-" + Guid.NewGuid().ToString("N"));
        return settings;
    }

    [Fact]
    public void Compose_declares_Neo4j_5_and_Roadmap_with_persistent_volumes()
    {
        _compose.ServiceNames.ShouldBe(["neo4j", "roadmap"], ignoreOrder: true);
        Scalar(_compose.Service("neo4j"), "image").ShouldBe("neo4j:5-community");
        List(_compose.Service("neo4j"), "volumes").ShouldContain("neo4j-data:/data");
        List(_compose.Service("roadmap"), "volumes").ShouldContain("roadmap-data:/data");
        _compose.VolumeNames.ShouldBe(["neo4j-data", "neo4j-logs", "roadmap-data"], ignoreOrder: true);
        Scalar(Map(_compose.Service("roadmap"), "build"), "dockerfile").ShouldBe("Dockerfile");
    }

    [Fact]
    public void Neo4j_takes_its_password_from_the_env_file_and_has_memory_settings()
    {
        var env = _compose.Environment("neo4j");
        var password = _compose.DotEnv["NEO4J_PASSWORD"];

        env["NEO4J_AUTH"].ShouldBe($"neo4j/{password}");
        password.Length.ShouldBeGreaterThanOrEqualTo(8, "Neo4j refuses passwords shorter than 8 characters");
        env.Keys.ShouldContain("NEO4J_server_memory_heap_max__size");
        env.Keys.ShouldContain("NEO4J_server_memory_pagecache_size");
        env["NEO4J_server_http__enabled__modules"].ShouldContain("QUERY_API_ENDPOINTS");
        Should.Throw<InvalidOperationException>(() => _compose.Interpolate("${MISSING_PASSWORD:?set it}"));
    }

    [Fact]
    public void Both_services_have_health_checks_and_Roadmap_waits_for_a_healthy_Neo4j()
    {
        foreach (var service in _compose.ServiceNames)
        {
            var health = Map(_compose.Service(service), "healthcheck");
            List(health, "test").ShouldNotBeEmpty();
            int.Parse(Scalar(health, "retries"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
            Scalar(health, "interval").ShouldNotBeNullOrEmpty();
        }

        string.Join(' ', List(Map(_compose.Service("neo4j"), "healthcheck"), "test")).ShouldNotContain("curl", customMessage: "the Neo4j image purges curl");
        Scalar(Map(Map(_compose.Service("roadmap"), "depends_on"), "neo4j"), "condition").ShouldBe("service_healthy");
    }

    [Fact]
    public void Roadmap_is_published_on_5080_and_Neo4j_only_on_loopback()
    {
        List(_compose.Service("roadmap"), "ports").Select(_compose.Interpolate).ShouldBe(["5080:5080"]);
        List(_compose.Service("neo4j"), "ports").ShouldAllBe(p => p.StartsWith("127.0.0.1:", StringComparison.Ordinal));
    }

    [Fact]
    public void Roadmap_settings_bind_to_real_options_and_select_Neo4j_with_the_nightly_crawl()
    {
        var env = _compose.Environment("roadmap");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(env.Where(e => e.Key.Contains("__", StringComparison.Ordinal)).Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), (string?)e.Value)))
            .Build();
        Action<BinderOptions> strict = o => o.ErrorOnUnknownConfiguration = true;

        var graph = configuration.GetSection(GraphOptions.Section).Get<GraphOptions>(strict)!;
        graph.Provider.ShouldBe(GraphProvider.Neo4j);
        graph.Url.ShouldBe(new Uri("http://neo4j:7474"));
        graph.Password.ShouldBe(_compose.DotEnv["NEO4J_PASSWORD"]);
        graph.StartupWait.ShouldBeGreaterThan(TimeSpan.Zero);
        configuration.GetSection(ApiOptions.Section).Get<ApiOptions>(strict)!.AnonymousRead.ShouldBeFalse();
        configuration.GetSection(CrawlerOptions.Section).Get<CrawlerOptions>(strict)!.Schedule.ShouldBe("0 2 * * *");
        configuration.GetSection(CrawlOptions.Section).Get<CrawlOptions>(strict)!.Nightly.ShouldBeTrue();
        env["ROADMAP_DATA"].ShouldBe("/data");
    }

    [Fact]
    public void The_service_built_with_the_compose_settings_resolves_them()
    {
        var env = _compose.Environment("roadmap");
        var settings = env.Where(e => e.Key.Contains("__", StringComparison.Ordinal))
            .ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => (string?)e.Value, StringComparer.Ordinal);
        settings["Roadmap:Data"] = Path.Combine(Path.GetTempPath(), "roadmap-compose-" + Guid.NewGuid().ToString("N"));

        using var app = RoadmapServer.Build([], settings);

        app.Services.GetRequiredService<IOptions<GraphOptions>>().Value.Url.ShouldBe(new Uri("http://neo4j:7474"));
    }

    [Fact]
    public void The_Dockerfile_builds_in_one_stage_and_runs_as_a_non_root_user_with_a_health_check()
    {
        var lines = File.ReadAllLines(PathOf("Dockerfile")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ShouldBe(
            ["FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", "FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime"]);
        lines.ShouldContain("USER $APP_UID");
        lines.ShouldContain("EXPOSE 5080");
        lines.ShouldContain(l => l.StartsWith("RUN apt-get", StringComparison.Ordinal) && l.Contains("fonts-liberation2", StringComparison.Ordinal), "a real font for the roadmap's Word figures");
        lines.ShouldContain(l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        lines.ShouldContain(l => l.Contains("\"health\", \"--ready\"", StringComparison.Ordinal));
        lines.ShouldContain("ENTRYPOINT [\"dotnet\", \"/app/roadmap.dll\"]");
        lines.ShouldContain("CMD [\"serve\", \"--urls\", \"http://0.0.0.0:5080\"]");
        foreach (var copy in lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal)))
        {
            foreach (var source in copy.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
            {
                Path.Exists(PathOf(source.TrimEnd('/'))).ShouldBeTrue($"{copy}: {source} is not in the repository");
            }
        }
    }

    [Fact]
    public async Task The_health_check_command_is_a_real_verb_that_fails_when_nothing_answers()
    {
        var test = List(Map(_compose.Service("roadmap"), "healthcheck"), "test");
        test.Take(3).ShouldBe(["CMD", "dotnet", "/app/roadmap.dll"]);
        var args = test.Skip(3).Select(a => a == "http://127.0.0.1:5080" ? "http://127.0.0.1:9" : a).ToArray();

        var (exit, _, error) = await CliRunner.RunAsync(args);

        exit.ShouldBe(1);
        error.ShouldContain("unreachable");
    }

    [Fact]
    public async Task The_health_check_command_passes_against_a_running_service()
    {
        using var data = new TempDirectory();
        await using var app = RoadmapServer.Build([], new Dictionary<string, string?> { ["Roadmap:Data"] = data.Path, ["urls"] = "http://127.0.0.1:0" });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var url = app.Urls.First();

        var (exit, output, _) = await CliRunner.RunAsync("health", "--ready", "--url", url);

        exit.ShouldBe(0);
        output.ShouldContain("Healthy");
        await app.StopAsync(TestContext.Current.CancellationToken);
    }
}
