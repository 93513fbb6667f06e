using Roadmap.Core.Documents;
using Roadmap.Ingest;
using Roadmap.TestKit;

namespace Roadmap.Search.Tests.RealCorpus;

/// <summary>The whole shared corpus (~128 k records) indexed once for the tests of a class; absent data leaves it empty.</summary>
public sealed class RealCorpusFixture : IAsyncLifetime
{
    public DocumentIndex? Index { get; private set; }

    public IReadOnlyDictionary<string, Document> Documents { get; private set; } = new Dictionary<string, Document>();

    public async ValueTask InitializeAsync()
    {
        if (SharedData.SdoRoot is not { } root)
        {
            return;
        }

        var documents = await CorpusReader.ReadAsync(CorpusReader.SharedCorpusFiles(root), TimeProvider.System, CancellationToken.None);
        Documents = documents.ToDictionary(d => d.Key, StringComparer.Ordinal);
        Index = DocumentIndex.CreateInMemory();
        await Index.UpsertAsync(documents);
    }

    public ValueTask DisposeAsync()
    {
        Index?.Dispose();
        return ValueTask.CompletedTask;
    }

    public DocumentIndex RequireIndex()
    {
        SharedData.Require("catalogue");
        return Index ?? throw new InvalidOperationException("corpus not indexed");
    }
}
