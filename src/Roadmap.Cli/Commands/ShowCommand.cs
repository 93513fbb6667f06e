using System.CommandLine;
using System.Globalization;
using Roadmap.Application.Documents;
using Roadmap.Core.Documents;
using Spectre.Console;

namespace Roadmap.Cli.Commands;

/// <summary>
/// <c>roadmap show &lt;designation&gt;</c>: one document with its editions, lifecycle and relations, and, once the data
/// folder is analysed, its topics with their evidence, the gaps it bears on and its overlaps.
/// </summary>
internal static class ShowCommand
{
    private const int MaxOverlapsShown = 10;

    public static Command Create(CliConsole console)
    {
        var designation = new Argument<string>("designation") { Description = "As search reads it: \"ISO 22739\", \"ITU-T X.1401\", \"ISO/TR 23455:2019\", \"TR 23455\", \"PDL-012\", \"X1410\", \"did-core\", \"W3C REC-vc-data-model-20191119\"" };
        var json = GlobalOptions.Json("the document");
        var command = new Command("show", "Show a document by its designation") { designation, json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            await using var session = await AnalysisSession.OpenAsync(console, GlobalOptions.DataPath(result), null, ct, readOnly: true);
            var found = await new DocumentFinder(session.Graph, session.Index).FindAsync(result.GetValue(designation)!, ct);
            if (found.Document is not { } document)
            {
                await console.Error.WriteLineAsync($"error: {found.Error}");
                foreach (var candidate in found.Candidates.Concat(found.NearMisses))
                {
                    await console.Error.WriteLineAsync($"  {candidate.Designation}  {candidate.Title}");
                }

                return ExitCodes.RuntimeError;
            }

            var relations = await session.Graph.GetRelationsAsync(document.Key, null, ct);
            var analysis = await new DocumentAnalysisQuery(session.Runs).GetAsync(document.Key, ct);
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(new { document, relations, analysis });
            }
            else
            {
                Print(console, document, relations);
                PrintAnalysis(console, document.Key, analysis);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Print(CliConsole console, Document document, IReadOnlyList<DocumentRelation> relations)
    {
        var ansi = console.Ansi;
        ansi.MarkupLine($"[bold]{Markup.Escape(document.Key)}[/]  {Markup.Escape(document.Title)}");
        ansi.MarkupLine($"  body {Markup.Escape(document.Body)} · {document.Kind} · committee {Markup.Escape(document.CommitteeKey ?? "—")}{Markup.Escape(document.CommitteeInferredBy is { } rule ? $" (inferred: {rule})" : "")}");
        ansi.MarkupLine($"  lifecycle {document.Lifecycle.Stage} ({Markup.Escape(document.Lifecycle.Scheme)} {Markup.Escape(document.Lifecycle.Code)}) · published {document.Published?.ToString() ?? "—"}");
        var editions = new Table().AddColumns("Edition", "Stage", "Code", "Published", "Source");
        foreach (var edition in document.Editions)
        {
            editions.AddRow(
                Markup.Escape(edition.Id),
                edition.Lifecycle.Stage.ToString(),
                Markup.Escape(edition.Lifecycle.Code),
                edition.Published?.ToString() ?? "—",
                Markup.Escape(edition.SourceId ?? "—"));
        }

        ansi.Write(editions);
        foreach (var relation in relations)
        {
            var (arrow, other) = relation.FromKey == document.Key ? ("→", relation.ToKey) : ("←", relation.FromKey);
            ansi.MarkupLine($"  {arrow} {relation.Type} {Markup.Escape(other)}");
        }
    }

    private static void PrintAnalysis(CliConsole console, string key, DocumentAnalysis? analysis)
    {
        var ansi = console.Ansi;
        if (analysis is null)
        {
            ansi.MarkupLine("[grey]topics, gaps and overlaps: none yet (run 'roadmap analyze')[/]");
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        ansi.MarkupLine($"[underline]Topics[/] (analysis {Markup.Escape(analysis.RunId)}){(analysis.Topics.Count == 0 ? ": none" : "")}");
        foreach (var topic in analysis.Topics)
        {
            var marks = string.Join(", ", new[] { topic.Primary ? "primary" : null, topic.Pinned ? "pinned" : null, topic.Rejected ? "rejected" : null }.OfType<string>());
            ansi.MarkupLine(string.Create(inv, $"  {Markup.Escape(topic.TopicId)}  {Markup.Escape(topic.Name)}  {topic.Score:F2}{(marks.Length > 0 ? $"  ({marks})" : "")}"));
            foreach (var evidence in topic.Evidence)
            {
                var terms = evidence.Terms.Count > 0 ? string.Join(", ", evidence.Terms) : evidence.Detail;
                ansi.MarkupLine(string.Create(inv, $"    [grey]{evidence.Kind} {Markup.Escape(evidence.RuleId)} +{evidence.Weight:F2}: {Markup.Escape(terms)}[/]"));
            }
        }

        ansi.MarkupLine($"[underline]Gaps[/]{(analysis.Gaps.Count == 0 ? ": none cite this document" : "")}");
        foreach (var gap in analysis.Gaps)
        {
            var role = gap.Evidence.FirstOrDefault(e => e.DocumentKey == key) is { } evidence ? $"evidence, {evidence.Mapping}" : "work in progress";
            ansi.MarkupLine(string.Create(inv, $"  {gap.Priority,5:F1}  {gap.Status}  {Markup.Escape(gap.Id)} ({role})"));
            ansi.MarkupLine($"         {Markup.Escape(gap.Statement)}");
        }

        ansi.MarkupLine($"[underline]Overlaps[/]{(analysis.Overlaps.Count == 0 ? ": none" : "")}");
        foreach (var overlap in analysis.Overlaps.Take(MaxOverlapsShown))
        {
            var (other, committee) = overlap.FirstKey == key ? (overlap.SecondKey, overlap.SecondCommittee) : (overlap.FirstKey, overlap.FirstCommittee);
            var known = overlap.KnownRelation is { } relation ? $" · known: {relation}" : "";
            ansi.MarkupLine(string.Create(inv, $"  {overlap.Score:F2}  {Markup.Escape(other)} ({Markup.Escape(committee ?? "—")}) · shared: {Markup.Escape(string.Join(", ", overlap.SharedTerms.Take(5)))}{known}"));
        }

        if (analysis.Overlaps.Count > MaxOverlapsShown)
        {
            ansi.MarkupLine($"  [grey]… and {analysis.Overlaps.Count - MaxOverlapsShown} more (--json lists them all)[/]");
        }
    }
}
