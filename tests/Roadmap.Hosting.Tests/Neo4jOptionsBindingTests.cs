using System.Reflection;
using Microsoft.Extensions.Configuration;
using Roadmap.Graph.Neo4j;

namespace Roadmap.Hosting.Tests;

/// <summary>Every setting of the Neo4j client can be set through <c>Roadmap:Graph:*</c> and reaches the client.</summary>
public sealed class Neo4jOptionsBindingTests
{
    // A value unlike each default, per setting; a new Neo4jOptions property without one here fails the first test.
    private static readonly Dictionary<string, (string Text, object Value)> NonDefault = new(StringComparer.Ordinal)
    {
        [nameof(Neo4jOptions.Url)] = ("http://neo4j-a:7474", new Uri("http://neo4j-a:7474")),
        [nameof(Neo4jOptions.User)] = ("roadmap", "roadmap"),
        [nameof(Neo4jOptions.Password)] = ("s3cret-enough", "s3cret-enough"),
        [nameof(Neo4jOptions.BearerToken)] = ("t0ken", "t0ken"),
        [nameof(Neo4jOptions.Database)] = ("graph", "graph"),
        [nameof(Neo4jOptions.BatchSize)] = ("750", 750),
        [nameof(Neo4jOptions.RequestTimeout)] = ("00:00:42", TimeSpan.FromSeconds(42)),
        [nameof(Neo4jOptions.ConnectTimeout)] = ("00:00:03", TimeSpan.FromSeconds(3)),
        [nameof(Neo4jOptions.MaxRetryAttempts)] = ("7", 7),
        [nameof(Neo4jOptions.RetryBaseDelay)] = ("00:00:00.500", TimeSpan.FromMilliseconds(500)),
        [nameof(Neo4jOptions.RetryMaxDelay)] = ("00:00:20", TimeSpan.FromSeconds(20)),
    };

    [Fact]
    public void Neo4jOptionsOf_EverySetting_IsBoundFromConfiguration()
    {
        // Arrange
        var settings = NonDefault.ToDictionary(s => $"Roadmap:Graph:{s.Key}", s => (string?)s.Value.Text, StringComparer.Ordinal);
        settings["Roadmap:Graph:Provider"] = "Neo4j";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        // Act
        var options = RoadmapStores.Neo4jOptionsOf(StorageConfiguration.ReadGraph(configuration));

        // Assert
        foreach (var property in typeof(Neo4jOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
        {
            NonDefault.ShouldContainKey(property.Name, $"Neo4jOptions.{property.Name} has no Roadmap:Graph setting in this test");
            property.GetValue(options).ShouldBe(NonDefault[property.Name].Value, $"Roadmap:Graph:{property.Name} did not reach the client");
        }
    }

    [Theory]
    [InlineData("RequestTimeout", "00:00:00")]
    [InlineData("ConnectTimeout", "00:10:00")]
    [InlineData("MaxRetryAttempts", "-1")]
    [InlineData("RetryBaseDelay", "00:05:00")]
    [InlineData("BatchSize", "0")]
    public void ReadGraph_SettingOutOfRange_FailsNamingIt(string setting, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"Roadmap:Graph:{setting}"] = value }).Build();

        var error = Should.Throw<ArgumentException>(() => StorageConfiguration.ReadGraph(configuration));

        error.Message.ShouldContain(setting);
    }
}
