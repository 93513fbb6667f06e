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
/// No Docker daemon runs here, so docker-compose.yml, the proxy's config and the Dockerfile are checked as files: they
/// parse, the services, ports, volumes, health checks and settings are those the README documents ("Production
/// topology": proxy → N api replicas → Neo4j, one worker), and every setting binds to a real option.
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
        Should.Throw<InvalidOperationException>(() => asShipped.Environment("api")).Message.ShouldContain("NEO4J_PASSWORD is required");
        Should.Throw<InvalidOperationException>(() => asShipped.Environment("worker")).Message.ShouldContain("NEO4J_PASSWORD is required");
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
        _compose.Environment("api")["AllowedHosts"].ShouldBe("localhost;127.0.0.1");
        var configured = Load(new Dictionary<string, string> { ["NEO4J_PASSWORD"] = "an-operators-own-1", ["ROADMAP_ALLOWED_HOSTS"] = "roadmap.example.org" });
        configured.Environment("api")["AllowedHosts"].ShouldBe("roadmap.example.org");
        configured.Environment("worker")["AllowedHosts"].ShouldBe("roadmap.example.org");
    }

    private static Dictionary<string, string?> ServiceSettings(ComposeFile compose, string service = "api")
    {
        var settings = compose.Environment(service).Where(e => e.Key.Contains("__", StringComparison.Ordinal) || e.Key == "AllowedHosts")
            .ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => (string?)e.Value, StringComparer.Ordinal);
        settings["Roadmap:Data"] = Path.Combine(Path.GetTempPath(), "roadmap-compose-" + Guid.NewGuid().ToString("N"));
        return settings;
    }

    [Fact]
    public void Compose_declares_Neo4j_5_api_replicas_one_worker_and_a_proxy()
    {
        _compose.ServiceNames.ShouldBe(["neo4j", "api", "worker", "proxy"], ignoreOrder: true);
        Scalar(_compose.Service("neo4j"), "image").ShouldBe("neo4j:5-community");
        List(_compose.Service("neo4j"), "volumes").ShouldContain("neo4j-data:/data");
        foreach (var service in new[] { "api", "worker" })
        {
            Scalar(Map(_compose.Service(service), "build"), "dockerfile").ShouldBe("Dockerfile");
            Scalar(_compose.Service(service), "image").ShouldBe("roadmap:latest");
        }

        _compose.Environment("api")["Roadmap__Role"].ShouldBe("Api");
        _compose.Environment("worker")["Roadmap__Role"].ShouldBe("Worker");
        Scalar(Map(_compose.Service("worker"), "deploy"), "replicas").ShouldBe("1");
        _compose.VolumeNames.ShouldBe(["neo4j-data", "neo4j-logs", "roadmap-worker"], ignoreOrder: true);
    }

    [Fact]
    public void Api_replicas_share_no_volume_and_no_host_port_so_they_scale()
    {
        var api = _compose.Service("api");

        // Assert: every replica keeps its own /data (its index is a cache rebuilt from Neo4j), reached through the proxy only.
        api.Children.ShouldNotContainKey(new YamlScalarNode("volumes"), "a named volume would be one index folder for every replica");
        api.Children.ShouldNotContainKey(new YamlScalarNode("ports"), "a fixed host port allows one replica");
        api.Children.ShouldNotContainKey(new YamlScalarNode("container_name"), "a fixed name allows one replica");
        List(api, "expose").ShouldBe(["5080"]);
        List(_compose.Service("worker"), "volumes").ShouldBe(["roadmap-worker:/data"]);
        _compose.ServiceNames.Where(s => s != "worker").ShouldAllBe(s => !HasVolume(s, "roadmap-worker"));
    }

    [Fact]
    public void The_proxy_is_an_official_image_with_a_config_that_reaches_every_api_replica()
    {
        var proxy = _compose.Service("proxy");
        var mount = List(proxy, "volumes").ShouldHaveSingleItem().Split(':');
        var config = File.ReadAllText(PathOf(mount[0]));

        Scalar(proxy, "image").ShouldBeOneOf("nginx:stable-alpine", "caddy:2-alpine");
        mount[1].ShouldBe("/etc/nginx/conf.d/default.conf");
        mount[^1].ShouldBe("ro");
        List(proxy, "ports").Select(_compose.Interpolate).ShouldBe(["5080:80"]);
        config.ShouldContain("listen 80;");
        // Docker's DNS, resolved per request, so every replica (and one added later) is reached.
        config.ShouldContain("resolver 127.0.0.11");
        config.ShouldContain("set $roadmap_api http://api:5080;");
        config.ShouldContain("proxy_pass $roadmap_api;");
        config.ShouldContain("proxy_set_header Host $host;");
        config.ShouldContain("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
        config.ShouldContain("proxy_set_header X-Forwarded-Proto $scheme;");
        Scalar(Map(Map(proxy, "depends_on"), "api"), "condition").ShouldBe("service_healthy");
    }

    [Fact]
    public void The_api_replicas_believe_forwarded_headers_from_the_compose_network_only()
    {
        var settings = Settings(_compose.Environment("api"));
        var forwarded = settings.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>(o => o.ErrorOnUnknownConfiguration = true)!;
        var subnet = Scalar((YamlMappingNode)((YamlSequenceNode)Map(Map(Map(Root, "networks"), "default"), "ipam").Children[new YamlScalarNode("config")]).Children[0], "subnet");

        forwarded.Enabled.ShouldBeTrue();
        forwarded.KnownNetworks.ShouldBe([_compose.Interpolate(subnet)]);
        forwarded.KnownNetworks.ShouldBe([_compose.DotEnv["ROADMAP_NETWORK"]]);
        System.Net.IPNetwork.TryParse(forwarded.KnownNetworks[0], out _).ShouldBeTrue();
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
    public void Every_service_has_a_health_check_and_Roadmap_waits_for_a_healthy_Neo4j()
    {
        foreach (var service in _compose.ServiceNames)
        {
            var health = Map(_compose.Service(service), "healthcheck");
            List(health, "test").ShouldNotBeEmpty();
            int.Parse(Scalar(health, "retries"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
            Scalar(health, "interval").ShouldNotBeNullOrEmpty();
        }

        string.Join(' ', List(Map(_compose.Service("neo4j"), "healthcheck"), "test")).ShouldNotContain("curl", customMessage: "the Neo4j image purges curl");
        foreach (var service in new[] { "api", "worker" })
        {
            Scalar(Map(Map(_compose.Service(service), "depends_on"), "neo4j"), "condition").ShouldBe("service_healthy");
            List(Map(_compose.Service(service), "healthcheck"), "test").ShouldBe(["CMD", "dotnet", "/app/roadmap.dll", "health", "--ready", "--url", "http://127.0.0.1:5080"]);
        }
    }

    [Fact]
    public void Only_the_proxy_is_published_on_5080_and_Neo4j_only_on_loopback()
    {
        List(_compose.Service("proxy"), "ports").Select(_compose.Interpolate).ShouldBe(["5080:80"]);
        _compose.Service("worker").Children.ShouldNotContainKey(new YamlScalarNode("ports"));
        _compose.Service("api").Children.ShouldNotContainKey(new YamlScalarNode("ports"));
        List(_compose.Service("neo4j"), "ports").ShouldAllBe(p => p.StartsWith("127.0.0.1:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("api")]
    [InlineData("worker")]
    public void Roadmap_settings_bind_to_real_options_and_select_Neo4j(string service)
    {
        var env = _compose.Environment(service);
        var configuration = Settings(env);
        Action<BinderOptions> strict = o => o.ErrorOnUnknownConfiguration = true;

        var graph = configuration.GetSection(GraphOptions.Section).Get<GraphOptions>(strict)!;
        graph.Provider.ShouldBe(GraphProvider.Neo4j);
        graph.Url.ShouldBe(new Uri("http://neo4j:7474"));
        graph.Password.ShouldBe(_compose.DotEnv["NEO4J_PASSWORD"]);
        graph.StartupWait.ShouldBeGreaterThan(TimeSpan.Zero);
        // Not strict: Roadmap:Api:ForwardedHeaders is its own options class, bound strictly in its own test.
        configuration.GetSection(ApiOptions.Section).Get<ApiOptions>()!.AnonymousRead.ShouldBeFalse();
        ServiceRoles.Parse(configuration[ServiceRoles.Key]).ShouldBe(service == "api" ? ServiceRole.Api : ServiceRole.Worker);
        env["ROADMAP_DATA"].ShouldBe("/data");
    }

    [Fact]
    public void Only_the_worker_crawls_nightly()
    {
        var worker = Settings(_compose.Environment("worker"));
        var api = Settings(_compose.Environment("api"));

        worker.GetSection(CrawlOptions.Section).Get<CrawlOptions>()!.Nightly.ShouldBeTrue();
        worker.GetSection(CrawlerOptions.Section).Get<CrawlerOptions>(o => o.ErrorOnUnknownConfiguration = true)!.Schedule.ShouldBe("0 2 * * *");
        api.GetSection(CrawlOptions.Section).Get<CrawlOptions>()!.Nightly.ShouldBeFalse();
        api.GetSection(CrawlerOptions.Section).Exists().ShouldBeFalse();
    }

    [Theory]
    [InlineData("api")]
    [InlineData("worker")]
    public void The_service_built_with_the_compose_settings_resolves_them(string service)
    {
        var settings = ServiceSettings(_compose, service);

        using var app = RoadmapServer.Build([], settings);

        app.Services.GetRequiredService<IOptions<GraphOptions>>().Value.Url.ShouldBe(new Uri("http://neo4j:7474"));
        app.Services.GetRequiredService<IOptions<RoadmapOptions>>().Value.Role.ShouldBe(service == "api" ? ServiceRole.Api : ServiceRole.Worker);
        app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Enabled.ShouldBe(service == "api");
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
        var test = List(Map(_compose.Service("api"), "healthcheck"), "test");
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

    private YamlMappingNode Root => _compose.RootNode;

    private bool HasVolume(string service, string volume) =>
        _compose.Service(service).Children.TryGetValue(new YamlScalarNode("volumes"), out var list)
        && ((YamlSequenceNode)list).Children.Any(v => ((YamlScalarNode)v).Value!.StartsWith(volume + ":", StringComparison.Ordinal));

    // A service's Roadmap__…/Crawler__… environment as configuration, the way the host reads it.
    private static IConfigurationRoot Settings(IReadOnlyDictionary<string, string> env) => new ConfigurationBuilder()
        .AddInMemoryCollection(env.Where(e => e.Key.Contains("__", StringComparison.Ordinal)).Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), (string?)e.Value)))
        .Build();
}
