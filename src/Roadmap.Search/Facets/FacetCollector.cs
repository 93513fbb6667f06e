using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Roadmap.Search.Facets;

/// <summary>
/// Counts doc-values per field over every hit, not just a page. Ordinals are per segment, so counts are kept by ordinal
/// within a segment and turned into strings when the segment ends.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[fields.Count];
    private readonly int[]?[] _ordinalCounts = new int[]?[fields.Count];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Counting needs no scores.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < fields.Count; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(fields[i]);
            _values[i] = values;
            _ordinalCounts[i] = values is null ? null : new int[checked((int)values.ValueCount)];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            var counts = _ordinalCounts[i]!;
            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ordinal]++;
            }
        }
    }

    /// <summary>The counts per field; call once, after the search.</summary>
    public Dictionary<string, Dictionary<string, int>> Counts()
    {
        Flush();
        return _counts;
    }

    private void Flush()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values || _ordinalCounts[i] is not { } counts)
            {
                continue;
            }

            var byValue = _counts[fields[i]];
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] > 0)
                {
                    values.LookupOrd(ordinal, scratch);
                    var value = scratch.Utf8ToString();
                    byValue[value] = byValue.GetValueOrDefault(value) + counts[ordinal];
                }
            }

            _values[i] = null;
            _ordinalCounts[i] = null;
        }
    }
}
