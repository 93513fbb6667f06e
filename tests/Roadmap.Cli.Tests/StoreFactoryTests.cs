using Microsoft.Extensions.Configuration;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;

namespace Roadmap.Cli.Tests;

/// <summary>The CLI opens the store the service's settings name, so in a container its verbs work on the service's Neo4j.</summary>
public sealed class StoreFactoryTests
{
    [Fact]
    public async Task Without_settings_the_embedded_store_of_the_data_folder_is_opened()
    {
        using var data = new TempDirectory();

        await using var store = await StoreFactory.OpenAsync(data.Path, Settings(), TestContext.Current.CancellationToken);

        store.ShouldBeOfType<SqliteGraphStore>();
    }

    [Fact]
    public async Task Neo4j_settings_open_Neo4j_and_an_unreachable_server_is_a_clear_error()
    {
        using var data = new TempDirectory();
        var settings = Settings(("Roadmap:Graph:Provider", "Neo4j"), ("Roadmap:Graph:Url", "http://127.0.0.1:9"), ("Roadmap:Graph:User", "neo4j"));

        var error = await Should.ThrowAsync<GraphStoreException>(() => StoreFactory.OpenAsync(data.Path, settings, TestContext.Current.CancellationToken));

        error.Message.ShouldContain("http://127.0.0.1:9");
    }

    [Fact]
    public async Task Neo4j_without_a_url_names_the_missing_setting()
    {
        using var data = new TempDirectory();

        var error = await Should.ThrowAsync<ArgumentException>(() => StoreFactory.OpenAsync(data.Path, Settings(("Roadmap:Graph:Provider", "Neo4j")), TestContext.Current.CancellationToken));

        error.Message.ShouldContain("Roadmap:Graph:Url");
    }

    [Fact]
    public async Task Neo4j_client_settings_out_of_range_are_named_before_anything_opens()
    {
        using var data = new TempDirectory();
        var settings = Settings(("Roadmap:Graph:Provider", "Neo4j"), ("Roadmap:Graph:Url", "http://127.0.0.1:9"), ("Roadmap:Graph:BatchSize", "0"), ("Roadmap:Graph:MaxRetryAttempts", "99"));

        var error = await Should.ThrowAsync<ArgumentException>(() => StoreFactory.OpenAsync(data.Path, settings, TestContext.Current.CancellationToken));

        error.Message.ShouldContain("BatchSize");
        error.Message.ShouldContain("MaxRetryAttempts");
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
