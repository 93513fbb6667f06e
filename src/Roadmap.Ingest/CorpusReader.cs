using Roadmap.Core.Documents;
using Roadmap.Ingest.Catalogue;
using Roadmap.Ingest.IsoOpenData;

namespace Roadmap.Ingest;

/// <summary>
/// Reads feeds straight into merged documents in memory, without a store: for benchmarks and tests that need the
/// whole corpus as documents (the same mappers and merge rule as an import).
/// </summary>
public static class CorpusReader
{
    public static async Task<IReadOnlyList<Document>> ReadAsync(IEnumerable<string> files, TimeProvider time, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            IRecordMapper mapper = Path.GetFileName(file).StartsWith("iso_deliverables_metadata", StringComparison.Ordinal) ? new IsoOpenDataMapper() : new CatalogueMapper();
            var context = new ImportContext(file, time.GetUtcNow());
            await using var input = File.OpenRead(file);
            await foreach (var line in LineSource.ReadAsync(input, cancellationToken))
            {
                if (mapper.Map(line.Text, context).Document is { } document)
                {
                    byKey[document.Key] = byKey.TryGetValue(document.Key, out var seen) ? DocumentEditions.Merge(seen, document) : document;
                }
            }
        }

        return [.. byKey.Values.OrderBy(d => d.Key, StringComparer.Ordinal)];
    }

    /// <summary>The ISO feed and the catalogue files of a shared/sdo folder.</summary>
    public static IReadOnlyList<string> SharedCorpusFiles(string sdoRoot) =>
        [Path.Combine(sdoRoot, "iso", "iso_deliverables_metadata.jsonl.gz"), .. Directory.GetFiles(Path.Combine(sdoRoot, "catalogue"), "*.jsonl.gz").Order(StringComparer.Ordinal)];
}
