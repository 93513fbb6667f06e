using System.CommandLine;
using Roadmap.Application.Evaluation;

namespace Roadmap.Cli.Commands;

/// <summary>
/// <c>roadmap eval topics|overlaps|gaps --labels FILE</c>: measures the data folder's live analysis against a reviewer's
/// labels and prints the scores (with the counts behind each) and the disagreements to look at.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console) => new("eval", "Measure the analysis against labelled judgments (precision and recall)")
    {
        Sub(console, "topics", "Topic assignments: precision and recall per assignment and per document, primary-topic accuracy", Topics),
        Sub(console, "overlaps", "Overlaps: P@10 and P@30 over labelled pairs, recall of labelled overlaps, labelled negatives listed", Overlaps),
        Sub(console, "gaps", "Gap findings: precision and recall by kind, findings that share their evidence", Gaps),
        Sub(console, "asof", "The past-date view: per labelled leaf, was work underway, nobody working, or pipeline unknown (the date is the label file's)", AsOfView),
    };

    private delegate Task Printer(CliConsole console, LabelEvaluator evaluator, string labels, bool json, int show, CancellationToken cancellationToken);

    private static Command Sub(CliConsole console, string name, string description, Printer print)
    {
        var labels = new Option<FileInfo>("--labels") { Description = "The label file (CSV, see ../shared/labels/README.md)", Required = true };
        var show = new Option<int>("--show") { Description = "Disagreements to list (text output)", DefaultValueFactory = _ => 20 };
        show.Validators.Add(r =>
        {
            if (r.TryValue<int>(out var value) && value < 0)
            {
                r.AddError("--show must be 0 or more");
            }
        });
        var json = GlobalOptions.Json("the scores and every disagreement");
        var command = new Command(name, description) { labels, show, json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            await using var session = await AnalysisSession.OpenAsync(console, GlobalOptions.DataPath(result), null, ct, readOnly: true);
            var evaluator = new LabelEvaluator(session.Graph, session.Analysis, session.Taxonomy);
            await print(console, evaluator, result.GetValue(labels)!.FullName, result.GetValue(json), result.GetValue(show), ct);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task Topics(CliConsole console, LabelEvaluator evaluator, string labels, bool json, int show, CancellationToken ct)
    {
        var scores = await evaluator.TopicsAsync(labels, ct);
        if (json)
        {
            await console.WriteJsonAsync(scores);
            return;
        }

        await console.Out.WriteLineAsync($"""
            topics: {scores.Labelled} labelled documents
              assignment precision (strict) {scores.AssignmentPrecision}
              assignment recall             {scores.AssignmentRecall}
              document precision            {scores.DocumentPrecision}
              document recall               {scores.DocumentRecall}
              primary topic accuracy        {scores.PrimaryAccuracy}
            """);
        foreach (var e in scores.Errors.Take(show))
        {
            await console.Out.WriteLineAsync($"  {e.Kind,-7} {e.Key}: {e.Topic} ({e.Detail})");
        }
    }

    private static async Task Overlaps(CliConsole console, LabelEvaluator evaluator, string labels, bool json, int show, CancellationToken ct)
    {
        var scores = await evaluator.OverlapsAsync(labels, ct);
        if (json)
        {
            await console.WriteJsonAsync(scores);
            return;
        }

        await console.Out.WriteLineAsync($"""
            overlaps: {scores.Listed} listed, {scores.LabelledListed} of them labelled
              P@10 {scores.PrecisionAt10}   (overlap or related: {scores.LenientPrecisionAt10})
              P@30 {scores.PrecisionAt30}   (overlap or related: {scores.LenientPrecisionAt30})
              recall of labelled overlaps   {scores.OverlapRecall}
              labelled negatives listed     {scores.NegativesListed}
            """);
        foreach (var j in scores.Judged.Where(j => j.Label != "overlap").Take(show))
        {
            await console.Out.WriteLineAsync($"  #{j.Rank,-4} {j.Label,-8} {j.First} ↔ {j.Second} ({j.Kind})");
        }

        foreach (var m in scores.MissedOverlaps.Take(show))
        {
            await console.Out.WriteLineAsync($"  missed        {m.First} ↔ {m.Second} ({m.Kind})");
        }
    }

    private static async Task Gaps(CliConsole console, LabelEvaluator evaluator, string labels, bool json, int show, CancellationToken ct)
    {
        var scores = await evaluator.GapsAsync(labels, ct);
        if (json)
        {
            await console.WriteJsonAsync(scores);
            return;
        }

        await console.Out.WriteLineAsync($"gaps: {scores.Findings} findings; precision {scores.Precision}, recall {scores.Recall}");
        foreach (var k in scores.ByKind)
        {
            await console.Out.WriteLineAsync($"  {k.Kind,-24} precision {k.Precision,-16} recall {k.Recall}");
        }

        foreach (var same in scores.SameEvidence)
        {
            await console.Out.WriteLineAsync($"  same evidence: {string.Join(" · ", same)}");
        }

        foreach (var d in scores.Disagreements.Take(show))
        {
            await console.Out.WriteLineAsync($"  {(d.Expected ? "missed" : "wrong "),-7} {d.Topic} {d.Kind}");
        }
    }

    private static async Task AsOfView(CliConsole console, LabelEvaluator evaluator, string labels, bool json, int show, CancellationToken ct)
    {
        var scores = await evaluator.AsOfAsync(labels, ct);
        if (json)
        {
            await console.WriteJsonAsync(scores);
            return;
        }

        await console.Out.WriteLineAsync($"as of {scores.Date:yyyy-MM-dd}: {scores.Leaves.Count} labelled leaves; agreement {scores.Agreement}");
        foreach (var leaf in scores.Leaves.Where(l => !l.Agrees).Take(show))
        {
            await console.Out.WriteLineAsync($"  {leaf.Topic}: labelled {leaf.Expected}, found {leaf.Found}{(leaf.Evidence.Count > 0 ? " — " + string.Join("; ", leaf.Evidence.Take(3)) : string.Empty)}");
        }
    }
}
