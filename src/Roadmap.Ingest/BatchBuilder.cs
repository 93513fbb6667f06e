using Roadmap.Core.Committees;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Ingest;

/// <summary>
/// Holds mapped records until they are written. Editions of one document are folded together while they wait, so a
/// feed that lists a standard's editions far apart (ISO's does) writes that document once, not once per edition.
/// </summary>
internal sealed class BatchBuilder
{
    private readonly Dictionary<string, Document> _documents = new(StringComparer.Ordinal);
    private readonly List<DocumentRelation> _relations = [];
    private readonly Dictionary<string, Committee> _committees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CommitteeLiaison> _liaisons = new(StringComparer.Ordinal);

    /// <summary>Distinct documents, committees and liaisons waiting.</summary>
    public int Count => _documents.Count + _committees.Count + _liaisons.Count;

    public void Add(MappedRecord record)
    {
        if (record.Document is { } document)
        {
            _documents[document.Key] = _documents.TryGetValue(document.Key, out var seen) ? DocumentEditions.Merge(seen, document) : document;
        }

        _relations.AddRange(record.Relations);
        foreach (var committee in record.Committees)
        {
            _committees.TryAdd(committee.Key, committee);
        }

        // A pair named twice (from both sides) is one liaison: the later line wins, as a later store write would.
        foreach (var liaison in record.Liaisons)
        {
            _liaisons[liaison.Id] = liaison;
        }
    }

    /// <summary>
    /// Everything waiting, as batches of at most <paramref name="size"/> documents in the order they were first seen.
    /// The committees and liaisons go with the first batch, and each relation with the batch that writes its document.
    /// </summary>
    public IReadOnlyList<GraphBatch> Take(int size)
    {
        var chunks = _documents.Values.Chunk(Math.Max(1, size)).ToList();
        var last = Math.Max(0, chunks.Count - 1);
        var batchOf = chunks
            .SelectMany((chunk, i) => chunk.Select(d => (d.Key, Batch: i)))
            .ToDictionary(p => p.Key, p => p.Batch, StringComparer.Ordinal);
        var relations = _relations.ToLookup(r => batchOf.GetValueOrDefault(r.FromKey, last));
        var batches = Enumerable.Range(0, last + 1)
            .Select(i => new GraphBatch
            {
                Documents = i < chunks.Count ? chunks[i] : [],
                Relations = [.. relations[i]],
                Committees = i == 0 ? [.. _committees.Values] : [],
                Liaisons = i == 0 ? [.. _liaisons.Values] : [],
            })
            .Where(b => !b.IsEmpty)
            .ToList();

        _documents.Clear();
        _relations.Clear();
        _committees.Clear();
        _liaisons.Clear();
        return batches;
    }
}
