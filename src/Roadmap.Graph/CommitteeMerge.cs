using Roadmap.Core.Committees;

namespace Roadmap.Graph;

/// <summary>Merges what two sources know of a committee: a known value is never erased by an unknown one.</summary>
public static class CommitteeMerge
{
    public static Committee Merge(Committee stored, Committee incoming) => stored with
    {
        Body = incoming.Body,
        Title = incoming.Title ?? stored.Title,
        ParentKey = incoming.ParentKey ?? stored.ParentKey,
        StudyPeriod = incoming.StudyPeriod ?? stored.StudyPeriod,
        SourceId = incoming.SourceId ?? stored.SourceId,
    };
}
