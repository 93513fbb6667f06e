using System.Reflection;
using Roadmap.Core.Graph;

namespace Roadmap.Application.Tests.Pipeline;

/// <summary>A graph store that only knows the number of its last change; anything else is a test error.</summary>
public class SequenceOnlyStore : DispatchProxy
{
    private long _through;

    public static IGraphStore Create(long through)
    {
        var store = DispatchProxy.Create<IGraphStore, SequenceOnlyStore>();
        ((SequenceOnlyStore)(object)store)._through = through;
        return store;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        targetMethod?.Name == nameof(IGraphStore.GetLastChangeSeqAsync)
            ? Task.FromResult(_through)
            : throw new NotSupportedException($"the pipeline should not call {targetMethod?.Name}");
}
