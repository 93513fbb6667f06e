using Roadmap.Crawlers.Itu.Parsers;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Itu;

/// <summary>
/// ITU-T: series listings discover Recommendations (filtered to the configured ranges), rec.aspx pages give each
/// edition, the work programme gives the work items under study.
/// </summary>
public sealed class ItuSource : ICrawlSource
{
    public const string SourceName = "itu-t";

    /// <summary>X.1400–X.1499 (DLT security) inside SG17's X.1000–X.1999, F.751.x, and the DLT items of Y.2xxx–Y.4xxx.</summary>
    public static readonly IReadOnlyList<string> DefaultIncludes =
        ["X.1400-X.1499", "X.1000-X.1999", "F.751.*", "Y.2000-Y.4999 ~ distributed ledger|blockchain|DLT"];

    public string Name => SourceName;

    public IReadOnlyList<PageLink> DefaultSeeds { get; } =
    [
        new(new Uri("https://www.itu.int/rec/T-REC-X/en"), PageKinds.ItuSeries),
        new(new Uri("https://www.itu.int/rec/T-REC-F/en"), PageKinds.ItuSeries),
        new(new Uri("https://www.itu.int/rec/T-REC-Y/en"), PageKinds.ItuSeries),
        // The work programmes of every study group with DLT work (SG13 networks, SG16/SG21 multimedia and F.751.x, SG17
        // security, SG20 IoT and smart cities).
        .. StudyGroupsWithDltWork.Select(sg => new PageLink(new Uri($"https://www.itu.int/ITU-T/workprog/wp_search.aspx?sg={sg.ToString(System.Globalization.CultureInfo.InvariantCulture)}"), PageKinds.ItuWorkProgramme)),
    ];

    public static readonly IReadOnlyList<int> StudyGroupsWithDltWork = [13, 16, 17, 20, 21];

    public IReadOnlyCollection<IPageParser> Parsers { get; } =
    [
        new ItuRecParser(), new ItuLegacyRecParser(), new ItuSeriesParser(), new ItuWorkProgrammeParser(),
        new ItuWorkItemParser(), new ItuSummaryParser(), new ItuSearchParser(),
    ];

    // Links without a label come from a Recommendation's own page (its other editions) and are always in scope.
    public bool Follows(PageLink link, SourceSettings settings)
    {
        if (link.Label is null || link.Kind is PageKinds.ItuWorkItem or PageKinds.ItuWorkProgramme)
        {
            return true;
        }

        var ranges = (settings.Include.Count > 0 ? settings.Include : DefaultIncludes).Select(ItuRange.Parse);
        return ranges.Any(r => r.Matches(link.Label));
    }
}
