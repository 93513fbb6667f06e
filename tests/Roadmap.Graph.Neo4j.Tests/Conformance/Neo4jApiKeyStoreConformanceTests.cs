using Roadmap.Core.Security;
using Roadmap.Graph.Neo4j.State;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Neo4j.Tests.Conformance;

/// <summary>The API key store conformance suite, run against the Neo4j at <c>ROADMAP_NEO4J_URL</c>; skipped when it is unset.</summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jApiKeyStoreConformanceTests : ApiKeyStoreConformance
{
    private readonly Neo4jStores _stores = new();

    protected override async Task<IApiKeyStore> CreateStoreAsync() => new Neo4jApiKeyStore(await _stores.CreateEmptyAsync(Ct));

    protected override async Task<IApiKeyStore> OpenAnotherAsync() => new Neo4jApiKeyStore(await _stores.OpenAsync(Ct));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _stores.DisposeAsync();
    }
}
