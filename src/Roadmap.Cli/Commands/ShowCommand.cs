using System.CommandLine;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Spectre.Console;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap show &lt;designation&gt;</c>: one document with its editions, lifecycle and relations.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var designation = new Argument<string>("designation") { Description = "e.g. \"ISO 22739\", \"ITU-T X.1401\", \"ISO/TR 23455:2019\"" };
        var json = GlobalOptions.Json("the document");
        var command = new Command("show", "Show a document by its designation") { designation, json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.DataPath(result), ct);
            var found = await DocumentLookup.FindAsync(store, result.GetValue(designation)!, ct);
            if (found.Document is not { } document)
            {
                await console.Error.WriteLineAsync($"error: {found.Error}");
                foreach (var candidate in found.Candidates)
                {
                    await console.Error.WriteLineAsync($"  {candidate.Key}  {candidate.Title}");
                }

                return ExitCodes.RuntimeError;
            }

            var relations = await store.GetRelationsAsync(document.Key, null, ct);
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(new { document, relations });
            }
            else
            {
                Print(console, document, relations);
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
}
