namespace Roadmap.Core.Gaps;

public enum GapStatus
{
    Open,
    Addressed,
    Closed,
    Dismissed,
}
