namespace Roadmap.Core.Graph;

public enum ChangeKind
{
    Added,
    Changed,
    Withdrawn,
}
