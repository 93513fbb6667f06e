namespace Roadmap.Core.Watches;

public enum WatchEventKind
{
    NewDocument,
    NewEdition,
    StageChange,
    Withdrawn,
    Superseded,
    GapOpened,
    GapChanged,
    GapClosed,
    OverlapFound,

    /// <summary>A test delivery asked for by someone who may change the watch (not derived from the store).</summary>
    Test,
}
