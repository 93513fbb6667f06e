namespace Roadmap.Crawlers.Parsing;

/// <summary>The page kinds Roadmap can parse; the names are what <c>roadmap parse &lt;kind&gt;</c> accepts.</summary>
public static class PageKinds
{
    public const string ItuRec = "itu-rec";
    public const string ItuRecLegacy = "itu-rec-legacy";
    public const string ItuSeries = "itu-series";
    public const string ItuWorkItem = "itu-workitem";
    public const string ItuWorkProgramme = "itu-workprog";
    public const string ItuSummary = "itu-summary";
    public const string ItuSearch = "itu-search";
    public const string IsoStandard = "iso-standard";
    public const string IsoCatalogue = "iso-catalogue";
    public const string Robots = "robots";
}
