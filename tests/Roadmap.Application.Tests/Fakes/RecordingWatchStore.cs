using System.Reflection;
using Roadmap.Core.Watches;

namespace Roadmap.Application.Tests.Fakes;

/// <summary>A watch store that keeps appended events (each idempotency key once) and the cursors.</summary>
public class RecordingWatchStore : DispatchProxy
{
    private readonly Dictionary<string, long> _cursors = new(StringComparer.Ordinal);

    public List<NewWatchEvent> Events { get; } = [];

    public static IWatchStore Create() => DispatchProxy.Create<IWatchStore, RecordingWatchStore>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        switch (targetMethod?.Name)
        {
            case nameof(IWatchStore.GetCursorAsync):
                return Task.FromResult(_cursors.GetValueOrDefault((string)args![0]!));
            case nameof(IWatchStore.AppendEventsAsync):
                var fresh = ((IReadOnlyList<NewWatchEvent>)args![1]!).Where(e => Events.All(x => x.Event.IdempotencyKey != e.Event.IdempotencyKey)).ToList();
                Events.AddRange(fresh);
                _cursors[(string)args[0]!] = (long)args[2]!;
                return Task.FromResult(fresh.Count);
            default:
                throw new NotSupportedException($"the projection should not call {targetMethod?.Name}");
        }
    }
}
