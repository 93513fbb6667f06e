using Roadmap.Core.Committees;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Ingest;

/// <summary>Collects mapped records into the next graph batch.</summary>
internal sealed class BatchBuilder
{
    private readonly List<Document> _documents = [];
    private readonly List<DocumentRelation> _relations = [];
    private readonly Dictionary<string, Committee> _committees = new(StringComparer.Ordinal);

    public int Count => _documents.Count + _committees.Count;

    public void Add(MappedRecord record)
    {
        if (record.Document is not null)
        {
            _documents.Add(record.Document);
        }

        _relations.AddRange(record.Relations);
        foreach (var committee in record.Committees)
        {
            _committees.TryAdd(committee.Key, committee);
        }
    }

    public GraphBatch Take()
    {
        var batch = new GraphBatch { Documents = [.. _documents], Relations = [.. _relations], Committees = [.. _committees.Values] };
        _documents.Clear();
        _relations.Clear();
        _committees.Clear();
        return batch;
    }
}
