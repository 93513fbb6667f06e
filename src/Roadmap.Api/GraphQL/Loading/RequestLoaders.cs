using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Loading;

/// <summary>The batching loaders of one GraphQL request: nested documents and relations cost one store call per level, not one per parent.</summary>
internal sealed class RequestLoaders(IGraphStore store, DocumentCache documents, CommitteeCatalog committees)
{
    public BatchLoader<string, Document> Documents { get; } = new(documents.GetAsync, StringComparer.Ordinal);

    /// <summary>Every relation of each key, both directions; type filters are applied by the field.</summary>
    public BatchLoader<string, IReadOnlyList<DocumentRelation>> Relations { get; } = new((keys, ct) => store.GetRelationsForAsync(keys, null, ct), StringComparer.Ordinal);

    public CommitteeCatalog Committees => committees;
}
