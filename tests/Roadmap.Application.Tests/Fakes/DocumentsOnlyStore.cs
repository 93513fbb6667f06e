using System.Reflection;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.TestKit;

namespace Roadmap.Application.Tests.Fakes;

/// <summary>A graph store that only answers which documents exist; anything else is a test error.</summary>
public class DocumentsOnlyStore : DispatchProxy
{
    private HashSet<string> _keys = [];

    public static IGraphStore Create(params string[] keys)
    {
        var store = DispatchProxy.Create<IGraphStore, DocumentsOnlyStore>();
        ((DocumentsOnlyStore)(object)store)._keys = [.. keys];
        return store;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
    {
        nameof(IGraphStore.GetDocumentAsync) when args?[0] is string key =>
            Task.FromResult<Document?>(_keys.Contains(key) ? Builders.Document(key) : null),
        _ => throw new NotSupportedException($"the use case should not call {targetMethod?.Name}"),
    };
}
