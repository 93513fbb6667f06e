using Roadmap.Analysis.Landscape;
using Roadmap.Core.Gaps;
using Roadmap.Core.Wording;
using Roadmap.Reports.Building;
using Roadmap.Reports.Model;

namespace Roadmap.Reports;

public sealed partial class RoadmapBuilder
{
    private static ReportSection Changes(BuildContext context, EditionView previous, DateOnly since)
    {
        var edition = context.Edition;
        var documents = DocumentChanges(previous, edition).ToList();
        var gaps = GapChanges(previous, edition).ToList();
        var runs = context.Data.CrawlRuns
            .Where(r => DateOnly.FromDateTime(r.StartedAt.UtcDateTime) is var day && day > since && day <= edition.Date)
            .Select(r => (IReadOnlyList<string>)[r.Source, r.Id, Text.Time(r.StartedAt), r.State.ToString(), Text.Number(r.Added), Text.Number(r.Changed), Text.Number(r.Rejected)]);
        return new ReportSection
        {
            Id = "changes",
            Title = "What changed since the previous edition",
            Level = 1,
            Blocks =
            [
                new Paragraph($"The previous edition is the landscape as of {Text.Date(since)}. {Counted.Of(documents.Count, "document")} and {Counted.Of(gaps.Count, "gap")} changed since."),
                new ReportTable("Documents new or changed since the previous edition", ["Document", "Change", "Then", "Now"], documents),
                new ReportTable("Gaps opened, closed or changed since the previous edition", ["Gap", "Topic", "Change", "Then", "Now"],
                    [.. gaps.Select(g => (IReadOnlyList<string>)[g.Id, context.TopicName(g.TopicId), g.Change, g.Then, g.Now])]),
                GapProgressTable(context, previous),
                new ReportTable("Crawl and import runs in the period", ["Source", "Run", "Started", "State", "Added", "Changed", "Rejected"], [.. runs]),
            ],
        };
    }

    private static IEnumerable<IReadOnlyList<string>> DocumentChanges(EditionView previous, EditionView edition)
    {
        foreach (var key in previous.Landscape.Keys.Union(edition.Landscape.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var then = previous.Landscape.GetValueOrDefault(key);
            var now = edition.Landscape.GetValueOrDefault(key);
            var change = (then, now) switch
            {
                (null, not null) => "new",
                (not null, null) => "left the field",
                (not null, not null) when then.Stage != now.Stage => "stage changed",
                (not null, not null) when then.EditionId != now.EditionId => "new edition",
                _ => null,
            };
            if (change is not null)
            {
                yield return [key, change, State(then), State(now)];
            }
        }
    }

    private static string State(LandscapeDocument? document) =>
        document is null ? Text.None : $"{document.EditionId}: {Text.Status(document)}" + (document.Published is { } p ? $", {p}" : string.Empty);

    private sealed record GapChange(string Id, string TopicId, string Change, string Then, string Now);

    private static IEnumerable<GapChange> GapChanges(EditionView previous, EditionView edition)
    {
        var before = previous.Gaps.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var after = edition.Gaps.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var setAside = edition.SetAside.ToDictionary(g => g.Id, StringComparer.Ordinal);
        foreach (var id in before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var then = before.GetValueOrDefault(id);
            var now = after.GetValueOrDefault(id);
            var change = (then, now) switch
            {
                (null, not null) => "opened",
                (not null, null) when setAside.TryGetValue(id, out var aside) => $"{aside.Status.ToString().ToLowerInvariant()} by an editor",
                (not null, null) => "closed: the topic is covered",
                (not null, not null) when then.Status != now.Status => "status changed",
                (not null, not null) when then.Kind != now.Kind => "kind changed",
                (not null, not null) when then.Statement != now.Statement || !then.EvidenceKeys.SequenceEqual(now.EvidenceKeys) => "evidence changed",
                (not null, not null) when Math.Abs(then.Priority - now.Priority) > 1e-9 => "priority changed",
                _ => null,
            };
            if (change is not null)
            {
                var gap = now ?? then!;
                yield return new GapChange(id, gap.TopicId, change, Describe(then), Describe(now));
            }
        }
    }

    private static string Describe(Gap? gap) => gap is null ? Text.None : $"{gap.Status}, {gap.Kind}, priority {Text.Score(gap.Priority)}";
}
