using System.IO.Compression;
using System.Text;
using Roadmap.Graph.Embedded;
using Roadmap.Ingest;
using Roadmap.Ingest.Catalogue;
using Roadmap.Ingest.IsoOpenData;

namespace Roadmap.Bench;

/// <summary>The shared corpus imported into a fresh embedded store, whole or a fixed share of it (every line whose number modulo 10 is below the tenths asked for).</summary>
internal static class CorpusStore
{
    public static IRecordMapper MapperFor(string file) =>
        Path.GetFileName(file).StartsWith("iso_", StringComparison.Ordinal) ? new IsoOpenDataMapper() : new CatalogueMapper();

    /// <summary>Imports the corpus files into <paramref name="folder"/>; returns the documents stored.</summary>
    public static async Task<int> ImportAsync(IEnumerable<string> files, string folder, CancellationToken cancellationToken)
    {
        await using var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(folder));
        await store.InitializeAsync(cancellationToken);
        var importer = new Importer(store, TimeProvider.System);
        foreach (var file in files)
        {
            await using var input = File.OpenRead(file);
            await importer.ImportAsync(input, file, MapperFor(file), null, cancellationToken);
        }

        return (await store.GetStatsAsync(cancellationToken)).Documents;
    }

    /// <summary>Writes <paramref name="tenths"/>/10 of every corpus feed (plain JSON Lines, same file names) into <paramref name="folder"/>.</summary>
    public static async Task<IReadOnlyList<string>> ShareAsync(BenchOptions options, int tenths, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var file in CorpusReader.SharedCorpusFiles(options.SharedSdo))
        {
            var target = Path.Combine(folder, Path.GetFileName(file));
            await using (var output = new StreamWriter(target, false, new UTF8Encoding(false)))
            {
                using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress), Encoding.UTF8);
                var number = 0;
                while (await reader.ReadLineAsync(cancellationToken) is { } line)
                {
                    if (number++ % 10 < tenths)
                    {
                        await output.WriteLineAsync(line);
                    }
                }
            }

            written.Add(target);
        }

        return written;
    }
}
