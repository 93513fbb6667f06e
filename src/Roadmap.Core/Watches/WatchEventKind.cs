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
}
