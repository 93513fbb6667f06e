using Microsoft.Extensions.Configuration;
using Roadmap.Hosting;

namespace Roadmap.Hosting.Tests;

/// <summary>The CLI reads the stores' settings as the service binds them: same sections, same checks, same words.</summary>
public sealed class StorageConfigurationTests
{
    [Fact]
    public void ReadGraph_Neo4jSettings_AreBoundWithTheServicesNames()
    {
        // Arrange
        var configuration = Configuration(new()
        {
            ["Roadmap:Graph:Provider"] = "Neo4j",
            ["Roadmap:Graph:Url"] = "http://neo4j:7474",
            ["Roadmap:Graph:BearerToken"] = "t0ken",
            ["Roadmap:Graph:BatchSize"] = "500",
            ["Roadmap:Graph:RequestTimeout"] = "00:00:30",
            ["Roadmap:Graph:MaxRetryAttempts"] = "2",
        });

        // Act
        var options = StorageConfiguration.ReadGraph(configuration);

        // Assert
        (options.Provider, options.Url, options.BearerToken, options.BatchSize, options.RequestTimeout, options.MaxRetryAttempts)
            .ShouldBe((GraphProvider.Neo4j, new Uri("http://neo4j:7474"), "t0ken", 500, TimeSpan.FromSeconds(30), 2));
    }

    [Fact]
    public void ReadGraph_Nothing_IsTheEmbeddedStore() =>
        StorageConfiguration.ReadGraph(Configuration([])).Provider.ShouldBe(GraphProvider.Embedded);

    [Fact]
    public void ReadGraph_BatchSizeOutOfRange_FailsNamingTheSetting()
    {
        var error = Should.Throw<ArgumentException>(() => StorageConfiguration.ReadGraph(Configuration(new() { ["Roadmap:Graph:BatchSize"] = "0" })));

        error.Message.ShouldContain("BatchSize");
    }

    [Fact]
    public void ReadGraph_Neo4jWithoutUrl_FailsAsTheServiceDoes()
    {
        var error = Should.Throw<ArgumentException>(() => StorageConfiguration.ReadGraph(Configuration(new() { ["Roadmap:Graph:Provider"] = "Neo4j" })));

        error.Message.ShouldContain("Roadmap:Graph:Url is required when Roadmap:Graph:Provider is Neo4j");
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
