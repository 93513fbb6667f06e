using Lucene.Net.Index;
using Lucene.Net.Util;
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

    // From doc values: the topic facet's ordinals and the display value's key, no stored field decompressed.
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Topics() => WithSearcher(searcher =>
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var scratch = new BytesRef();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetSortedSetDocValues(IndexFields.FacetTopic) is not { } topics || reader.GetBinaryDocValues(IndexFields.Display) is not { } display)
            {
                continue;
            }

            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                topics.SetDocument(doc);
                var ids = new List<string>();
                for (var ordinal = topics.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = topics.NextOrd())
                {
                    topics.LookupOrd(ordinal, scratch);
                    ids.Add(scratch.Utf8ToString());
                }

                if (ids.Count > 0)
                {
                    result[HitDisplay.Read(display, doc, scratch).Key] = ids;
                }
            }
        }

        return (IReadOnlyDictionary<string, IReadOnlyList<string>>)result;
    });
}
