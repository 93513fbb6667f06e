using Roadmap.Graph.Embedded;

namespace Roadmap.Bench;

/// <summary>
/// A mix of what clients ask, in turn: a document by key with its relations, a search with facets, a filtered page of
/// documents, a committee tree, suggestions, stats. Keys and phrases are sampled from the store being served.
/// </summary>
internal sealed class MixedQueries(IReadOnlyList<string> keys, IReadOnlyList<string> phrases)
{
    private static readonly string[] Bodies = ["ISO", "ITU-T", "ETSI", "IEEE", "W3C"];

    public static async Task<MixedQueries> SampleAsync(string dataFolder, CancellationToken cancellationToken)
    {
        await using var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(dataFolder));
        await store.InitializeAsync(cancellationToken);
        var (keys, phrases) = await ApiLoadBenchmark.SampleAsync(store, cancellationToken);
        SqliteConnectionPools.Clear();
        return new MixedQueries(keys, phrases);
    }

    public string Body(int i) => (i % 6) switch
    {
        0 => ApiLoadBenchmark.Body("query($k: ID) { document(key: $k) { key title lifecycle { stage } committee { key } relations { type } editions { id published } } }", new { k = keys[i % keys.Count] }),
        1 => ApiLoadBenchmark.Body("query($t: String) { search(text: $t, first: 10, facets: true) { total hits { key titleHtml } facets { dimension } } }", new { t = phrases[i % phrases.Count] }),
        2 => ApiLoadBenchmark.Body("query($b: String) { documents(first: 50, filter: { body: $b }) { totalCount edges { node { key title } } } }", new { b = Bodies[i % Bodies.Length] }),
        3 => ApiLoadBenchmark.Body("{ committees(rootsOnly: true) { key children { key } } }", new { }),
        4 => ApiLoadBenchmark.Body("query($p: String!) { suggest(prefix: $p) { key designation } }", new { p = phrases[i % phrases.Count][..Math.Min(4, phrases[i % phrases.Count].Length)] }),
        _ => ApiLoadBenchmark.Body("{ stats { documents editions committees relations } }", new { }),
    };
}
