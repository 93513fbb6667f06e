using Roadmap.Crawlers.Parsing;
using Roadmap.Crawlers.Snapshots;
using Roadmap.TestKit;

namespace Roadmap.Crawlers.Tests.Reliability;

/// <summary>
/// The saved pages fuzzing starts from, each with the kind of page it is and the address it came from: the real pages of
/// shared/sdo when present, else pages of the repository's offline snapshot; plus the documented-structure fixtures for
/// the kinds shared/sdo has no page of.
/// </summary>
internal static class FuzzPages
{
    public static IReadOnlyList<SeedPage> Load()
    {
        var pages = new List<SeedPage>
        {
            Fixture("T-REC-X_en.fixture-from-documented-structure.html", PageKinds.ItuSeries, "https://www.itu.int/rec/T-REC-X/en"),
            Fixture("iso_catalogue_6266604.fixture-from-documented-structure.html", PageKinds.IsoCatalogue, "https://www.iso.org/committee/6266604/x/catalogue/p/1/u/1/w/0/d/0"),
            Fixture("wp_item.aspx_isn=90001.fixture-from-documented-structure.html", PageKinds.ItuWorkItem, "https://www.itu.int/ITU-T/workprog/wp_item.aspx?isn=90001"),
            Fixture("wp_search.aspx_sg=17.fixture-from-documented-structure.html", PageKinds.ItuWorkProgramme, "https://www.itu.int/ITU-T/workprog/wp_search.aspx?sg=17"),
        };
        pages.AddRange(SharedData.SdoRoot is { } sdo ? Shared(Path.Combine(sdo, "pages")) : Snapshot());
        return pages;
    }

    private static IEnumerable<SeedPage> Shared(string folder) =>
    [
        Real(folder, "itu/rec.aspx_lang=en_rec=12210__Y.3500.html", PageKinds.ItuRec, "https://www.itu.int/ITU-T/recommendations/rec.aspx?rec=12210&lang=en"),
        Real(folder, "itu/rec.aspx_lang=en_rec=15261__G.Imp712.html", PageKinds.ItuRec, "https://www.itu.int/ITU-T/recommendations/rec.aspx?rec=15261&lang=en"),
        Real(folder, "itu/T-REC-G.Imp712-200004-I.html", PageKinds.ItuRecLegacy, "https://www.itu.int/rec/T-REC-G.Imp712-200004-I"),
        Real(folder, "itu/T-REC-Y.3500-201408-I!!SUM-HTM-E.htm", PageKinds.ItuSummary, "https://www.itu.int/dms_pubrec/itu-t/rec/y/T-REC-Y.3500-201408-I!!SUM-HTM-E.htm", "text/html; charset=windows-1252"),
        Real(folder, "itu/GlobalSearch_RunSearch__ITU-T_Y.3500.json", PageKinds.ItuSearch, "https://www.itu.int/net4/ITU-T/search/GlobalSearch/RunSearch", "application/json"),
        Real(folder, "itu/GlobalSearch_RunSearch__ITU-T_G.Imp712.json", PageKinds.ItuSearch, "https://www.itu.int/net4/ITU-T/search/GlobalSearch/RunSearch", "application/json"),
        Real(folder, "iso/iso_123.html", PageKinds.IsoStandard, "https://www.iso.org/standard/23281.html"),
    ];

    /// <summary>A few pages of each kind the snapshot has (ISO standards and catalogue, ITU-T Recommendations and series).</summary>
    private static IEnumerable<SeedPage> Snapshot()
    {
        var folder = Path.Combine(SharedData.RepoRoot, "samples", "snapshot");
        return SnapshotManifest.Load(folder).Entries
            .Select(e => (Entry: e, Kind: KindOf(e.Url)))
            .Where(e => e.Kind is not null)
            .GroupBy(e => e.Kind)
            .SelectMany(g => g.Take(3))
            .Select(e => new SeedPage(e.Kind!, new Uri(e.Entry.Url), File.ReadAllBytes(Path.Combine(folder, e.Entry.File)), e.Entry.ContentType));
    }

    private static string? KindOf(string url) => url switch
    {
        _ when url.Contains("/standard/", StringComparison.Ordinal) => PageKinds.IsoStandard,
        _ when url.Contains("/catalogue/", StringComparison.Ordinal) => PageKinds.IsoCatalogue,
        _ when url.Contains("rec.aspx", StringComparison.Ordinal) => PageKinds.ItuRec,
        _ when url.Contains("/rec/T-REC-", StringComparison.Ordinal) => PageKinds.ItuSeries,
        _ => null,
    };

    private static SeedPage Fixture(string name, string kind, string url) =>
        new(kind, new Uri(url), File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)), "text/html; charset=utf-8");

    private static SeedPage Real(string folder, string relative, string kind, string url, string? contentType = null) =>
        new(kind, new Uri(url), File.ReadAllBytes(Path.Combine(folder, relative)), contentType);
}

/// <summary>A saved page: its kind, address, original bytes and the Content-Type it was served with.</summary>
internal sealed record SeedPage(string Kind, Uri Url, byte[] Body, string? ContentType);
