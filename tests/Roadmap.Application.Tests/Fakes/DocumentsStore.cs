using System.Reflection;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Application.Tests.Fakes;

/// <summary>A graph store that holds whole documents and answers reads by key and a listing that finds none.</summary>
public class DocumentsStore : DispatchProxy
{
    private Dictionary<string, Document> _documents = [];

    public static IGraphStore Create(IEnumerable<Document> documents)
    {
        var store = DispatchProxy.Create<IGraphStore, DocumentsStore>();
        ((DocumentsStore)(object)store)._documents = documents.ToDictionary(d => d.Key, StringComparer.Ordinal);
        return store;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
    {
        nameof(IGraphStore.GetDocumentAsync) when args?[0] is string key => Task.FromResult(_documents.GetValueOrDefault(key)),
        nameof(IGraphStore.GetDocumentsAsync) when args?[0] is IReadOnlyCollection<string> keys =>
            Task.FromResult<IReadOnlyDictionary<string, Document>>(keys.Where(_documents.ContainsKey).Distinct(StringComparer.Ordinal).ToDictionary(k => k, k => _documents[k], StringComparer.Ordinal)),
        // The domain lookup's fallback listing: these tests are about what it cannot find.
        nameof(IGraphStore.ListDocumentsAsync) => Task.FromResult(new Page<Document>([], 0, false)),
        _ => throw new NotSupportedException($"the use case should not call {targetMethod?.Name}"),
    };
}
