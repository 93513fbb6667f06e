using Roadmap.Analysis.Landscape;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Analysis.Gaps;

/// <summary>What happened to one document of a gap's topic between two dates, in the words of a progress report.</summary>
public enum GapProgressChange
{
    /// <summary>Work that did not exist at the start began (a new work item, a draft, a PAR).</summary>
    WorkStarted,

    /// <summary>A document that did not exist at the start was published in the period.</summary>
    Published,

    /// <summary>Work in development at the start was published: the kind of progress that closes gaps.</summary>
    Completed,

    /// <summary>The document moved to another stage (in development to under review, say) without being published.</summary>
    Advanced,

    /// <summary>A new edition replaced the one current at the start.</summary>
    Revised,

    /// <summary>The document was withdrawn, superseded or deleted in the period.</summary>
    Withdrawn,
}

/// <summary>
/// One document's progress on a gap's topic: before and after (null when it did not exist), the change, and the date
/// of the edition now current. <see cref="CountsAsCoverage"/> says whether the topic is the document's main subject.
/// </summary>
public sealed record GapProgressItem(
    string DocumentKey,
    string Title,
    GapProgressChange Change,
    LandscapeDocument? Then,
    LandscapeDocument Now,
    bool CountsAsCoverage);

/// <summary>
/// Per gap, what appeared, advanced or closed it between two dates: the progress report between two editions of a
/// roadmap (ANSI-style "what appeared per gap since the last edition"), from the documents as they stood on each date.
/// </summary>
public static class GapProgress
{
    /// <summary>The change between the two views of one document; null when nothing happened (or it is gone at both ends).</summary>
    public static GapProgressChange? Change(LandscapeDocument? then, LandscapeDocument? now) => (then, now) switch
    {
        (_, null) => null,
        (null, { Ongoing: true }) => GapProgressChange.WorkStarted,
        (null, { Gone: true }) => null,
        (null, _) => GapProgressChange.Published,
        ({ Gone: true }, _) => null,
        (_, { Gone: true }) => GapProgressChange.Withdrawn,
        ({ Ongoing: true }, { InForce: true }) => GapProgressChange.Completed,
        ({ } t, { } n) when t.Stage != n.Stage => GapProgressChange.Advanced,
        ({ } t, { } n) when t.EditionId != n.EditionId => GapProgressChange.Revised,
        _ => null,
    };

    /// <summary>
    /// The progress of <paramref name="documents"/> (a topic's) from <paramref name="since"/> to <paramref name="until"/>
    /// (null: as they stand now), the newest first; <paramref name="isMainSubject"/> tells coverage from related work.
    /// </summary>
    public static IReadOnlyList<GapProgressItem> Between(IEnumerable<Document> documents, DateOnly since, DateOnly? until, Func<string, bool> isMainSubject) =>
        Of(documents.Select(d => (AsOf.View(d, since), AsOf.View(d, until))), isMainSubject);

    /// <summary>
    /// The progress of documents already seen at both ends (null where one did not exist), newest first: what the
    /// roadmap's two editions compare.
    /// </summary>
    public static IReadOnlyList<GapProgressItem> Of(IEnumerable<(LandscapeDocument? Then, LandscapeDocument? Now)> views, Func<string, bool> isMainSubject)
    {
        ArgumentNullException.ThrowIfNull(isMainSubject);
        return [.. views
            .Select(v => (v.Then, v.Now, Change: Change(v.Then, v.Now)))
            .Where(v => v.Change is not null)
            .Select(v => new GapProgressItem(v.Now!.Key, v.Now.Document.Title, v.Change!.Value, v.Then, v.Now, isMainSubject(v.Now.Key)))
            .OrderByDescending(i => i.Now.Published)
            .ThenBy(i => i.DocumentKey, StringComparer.Ordinal)];
    }
}
