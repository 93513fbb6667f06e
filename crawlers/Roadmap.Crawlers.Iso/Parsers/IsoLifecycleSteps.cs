using Roadmap.Core.Designations;
using Roadmap.Core.Documents;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Iso.Parsers;

/// <summary>
/// The life cycle's steps (<c>section#lifecycle ul.steps li.time-step</c>, headed "Previously", "Now", "Will be replaced
/// by"): the references before and after this edition. Another edition of the same document is succession, not an edge.
/// </summary>
internal static class IsoLifecycleSteps
{
    public static List<DocumentRelation> Relations(HtmlPage page, string key)
    {
        var relations = new List<DocumentRelation>();
        foreach (var step in page.Document.QuerySelectorAll("section#lifecycle ul.steps li.time-step"))
        {
            var heading = PageText.Clean(step.QuerySelector("h4")?.TextContent);
            RelationType? type = heading.StartsWith("Previously", StringComparison.OrdinalIgnoreCase) ? RelationType.Replaces
                : heading.Contains("replaced", StringComparison.OrdinalIgnoreCase) || heading.StartsWith("Revised", StringComparison.OrdinalIgnoreCase) ? RelationType.ReplacedBy
                : null;
            if (type is null)
            {
                continue;
            }

            foreach (var reference in step.QuerySelectorAll("h5").Select(h => PageText.Clean(h.TextContent)))
            {
                if (DesignationParser.Parse(reference).Value is { } target && target.Key != key)
                {
                    relations.Add(new DocumentRelation(key, type.Value, target.Key) { Source = "iso" });
                }
            }
        }

        return relations;
    }
}
