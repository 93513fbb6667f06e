using Roadmap.Search.Indexing;

namespace Roadmap.Search;

public sealed partial class DocumentIndex
{
    public IReadOnlyList<IndexEntry> Entries() => WithSearcher(searcher =>
    {
        var entries = new List<IndexEntry>(searcher.IndexReader.NumDocs);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var stored = reader.Document(doc);
                entries.Add(new IndexEntry(stored.Get(IndexFields.Key), stored.Get(IndexFields.Hash) ?? string.Empty));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return (IReadOnlyList<IndexEntry>)entries;
    });
}
