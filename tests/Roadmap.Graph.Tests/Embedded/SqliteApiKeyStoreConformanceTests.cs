using Roadmap.Core.Security;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Tests.Embedded;

/// <summary>The API key store conformance suite, run against the data folder's SQLite database.</summary>
public sealed class SqliteApiKeyStoreConformanceTests : ApiKeyStoreConformance
{
    private readonly TempDirectory _folder = new();

    private DataDirectory Directory => DataDirectory.OpenOrCreate(_folder.Path);

    protected override async Task<IApiKeyStore> CreateStoreAsync() => await SqliteApiKeyStore.OpenAsync(Directory, Ct);

    protected override Task<IApiKeyStore> OpenAnotherAsync() => Task.FromResult<IApiKeyStore>(new SqliteApiKeyStore(Directory.GraphDatabasePath));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
