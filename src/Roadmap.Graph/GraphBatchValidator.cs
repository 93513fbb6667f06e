using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Graph;

/// <summary>Checks a batch before anything is written, and folds documents that share a key, for every store alike.</summary>
public static class GraphBatchValidator
{
    /// <exception cref="ArgumentException">A record lacks its identity; nothing of the batch is written.</exception>
    public static void Validate(GraphBatch batch)
    {
        foreach (var document in batch.Documents)
        {
            if (string.IsNullOrWhiteSpace(document.Key) || string.IsNullOrWhiteSpace(document.Body))
            {
                throw new ArgumentException($"A document without key or body cannot be stored ('{document.Designation}').", nameof(batch));
            }

            if (document.Editions.Count == 0 || document.Editions.Any(e => string.IsNullOrWhiteSpace(e.Id)))
            {
                throw new ArgumentException($"Document '{document.Key}' needs at least one edition, each with an id.", nameof(batch));
            }
        }

        if (batch.Committees.Any(c => string.IsNullOrWhiteSpace(c.Key) || string.IsNullOrWhiteSpace(c.Body)))
        {
            throw new ArgumentException("A committee without key or body cannot be stored.", nameof(batch));
        }

        if (batch.Liaisons.Any(l => string.IsNullOrWhiteSpace(l.FirstCommittee) || string.IsNullOrWhiteSpace(l.SecondCommittee) || l.FirstCommittee == l.SecondCommittee))
        {
            throw new ArgumentException("A liaison needs two different committees.", nameof(batch));
        }

        if (batch.Relations.Any(r => string.IsNullOrWhiteSpace(r.FromKey) || string.IsNullOrWhiteSpace(r.ToKey)))
        {
            throw new ArgumentException("A relation needs both ends.", nameof(batch));
        }
    }

    public static Dictionary<string, Document> MergeByKey(IEnumerable<Document> documents)
    {
        var byKey = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            byKey[document.Key] = byKey.TryGetValue(document.Key, out var seen)
                ? DocumentEditions.Merge(seen, document)
                : document;
        }

        return byKey;
    }
}
