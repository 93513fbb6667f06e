using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Ingest;
using Roadmap.Ingest.Catalogue;
using Roadmap.Ingest.IsoOpenData;
using Roadmap.Search;
using Roadmap.TestKit;

namespace Roadmap.Analysis.Tests.RealData;

/// <summary>
/// The whole shared corpus (~128 k records) read once: every document indexed in memory (so rules meet the real
/// vocabulary of all five bodies), and the relations that make two documents one text. Absent data leaves it empty.
/// </summary>
public sealed class RealLandscapeFixture : IAsyncLifetime
{
    private static readonly RelationType[] SameText = [RelationType.IdenticalTo, RelationType.CommonText, RelationType.Twin, RelationType.AdoptedFrom];

    public DocumentIndex? Index { get; private set; }

    public TopicTaxonomy? Taxonomy { get; private set; }

    public IReadOnlyDictionary<string, Document> Documents { get; private set; } = new Dictionary<string, Document>();

    public IReadOnlyList<DocumentRelation> Relations { get; private set; } = [];

    /// <summary>The documents the rules classify, plus both ends of every same-text relation: what a store needs for the analysis.</summary>
    public IReadOnlyList<Document> InScope { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        if (SharedData.SdoRoot is not { } root)
        {
            return;
        }

        var byKey = new Dictionary<string, Document>(StringComparer.Ordinal);
        var relations = new List<DocumentRelation>();
        foreach (var file in CorpusReader.SharedCorpusFiles(root))
        {
            IRecordMapper mapper = Path.GetFileName(file).StartsWith("iso_", StringComparison.Ordinal) ? new IsoOpenDataMapper() : new CatalogueMapper();
            var context = new ImportContext(file, TimeProvider.System.GetUtcNow());
            await using var input = File.OpenRead(file);
            await foreach (var line in LineSource.ReadAsync(input, CancellationToken.None))
            {
                var mapped = mapper.Map(line.Text, context);
                if (mapped.Document is { } document)
                {
                    byKey[document.Key] = byKey.TryGetValue(document.Key, out var seen) ? DocumentEditions.Merge(seen, document) : document;
                }

                relations.AddRange(mapped.Relations.Where(r => SameText.Contains(r.Type)));
            }
        }

        Documents = byKey;
        Relations = [.. relations.Where(r => byKey.ContainsKey(r.FromKey) && byKey.ContainsKey(r.ToKey)).Distinct()];
        Index = DocumentIndex.CreateInMemory();
        await Index.UpsertAsync(byKey.Values);
        Taxonomy = TaxonomyLoader.LoadDefault(Index);
        var classified = new Classifier(Taxonomy, Index).Classify().Select(a => a.DocumentKey);
        var related = Relations.SelectMany(r => new[] { r.FromKey, r.ToKey });
        InScope = [.. classified.Concat(related).Distinct(StringComparer.Ordinal).Select(k => byKey[k])];
    }

    public ValueTask DisposeAsync()
    {
        Index?.Dispose();
        return ValueTask.CompletedTask;
    }

    public (DocumentIndex Index, TopicTaxonomy Taxonomy) Require()
    {
        SharedData.Require("catalogue");
        return (Index ?? throw new InvalidOperationException("corpus not indexed"), Taxonomy!);
    }

    /// <summary>A fresh embedded store holding the in-scope documents and their same-text relations.</summary>
    public async Task<SqliteGraphStore> NewStoreAsync(string folder, CancellationToken cancellationToken)
    {
        var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(folder));
        await store.InitializeAsync(cancellationToken);
        var keys = InScope.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        await store.UpsertAsync(
            new GraphBatch { Documents = InScope, Relations = [.. Relations.Where(r => keys.Contains(r.FromKey) && keys.Contains(r.ToKey))] },
            new ChangeContext("import", "test", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)),
            cancellationToken);
        return store;
    }
}
