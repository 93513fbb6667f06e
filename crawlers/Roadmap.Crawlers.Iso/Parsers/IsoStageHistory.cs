using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Iso.Parsers;

/// <summary>
/// The life cycle's stage history (<c>section#lifecycle ul.stages</c>): each dated stage code the edition went through
/// (<c>span.stage-code</c> 20.00 … 60.60 with <c>span.stage-date</c>), oldest first. Group headings carry a two-digit code
/// and no date and are skipped; a code or date that does not read is left out, never guessed.
/// </summary>
internal static class IsoStageHistory
{
    public static IReadOnlyList<StageStep> Steps(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("section#lifecycle ul.stages li")
            .Select(item => item.Children.FirstOrDefault(c => c.LocalName == "a"))
            .Select(link => (Code: PageText.Clean(link?.QuerySelector("span.stage-code")?.TextContent), Date: PageText.Clean(link?.QuerySelector("span.stage-date")?.TextContent)))
            .Where(s => s.Code.Length > 0 && s.Date.Length > 0)
            .Select(s => IsoStages.TryMap(s.Code, out var lifecycle) && PartialDate.TryParse(s.Date, out var date) ? new StageStep(lifecycle!, date) : null)
            .OfType<StageStep>()
            .DistinctBy(s => (s.Lifecycle.Code, s.Date))
            .OrderBy(s => s.Date)];
}
