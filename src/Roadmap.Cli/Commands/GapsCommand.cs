using System.CommandLine;
using System.Globalization;
using Roadmap.Application.Gaps;
using Roadmap.Core.Gaps;

namespace Roadmap.Cli.Commands;

/// <summary>
/// <c>roadmap gaps</c>: the stored gaps with statement, evidence, owner and the priority's terms, filtered and ordered as
/// the API's <c>gaps</c> field does it (the same <see cref="GapQueries"/>, filters and <c>--as-of</c>).
/// </summary>
internal static class GapsCommand
{
    public static Command Create(CliConsole console)
    {
        var status = new Option<GapStatus[]>("--status") { Description = "Only gaps in these statuses: Open, Addressed, Closed, Dismissed (repeatable)", AllowMultipleArgumentsPerToken = false };
        var topic = new Option<string?>("--topic") { Description = "Gaps of this topic or a topic below it, e.g. security" };
        var minPriority = new Option<double?>("--min-priority") { Description = "Priority at least this (0-100)" };
        var body = new Option<string?>("--body") { Description = "The suggested owner is a committee of this body, e.g. ITU-T" };
        var owner = new Option<string?>("--owner") { Description = "The suggested owner contains this text, e.g. SG17" };
        var text = new Option<string?>("--text") { Description = "The statement, topic id or topic name contains this text" };
        var editorCreated = new Option<bool?>("--editor-created") { Description = "Only editors' gaps (true) or only the analysis' (false)" };
        var orderBy = new Option<GapOrderField>("--order-by") { Description = "Priority (default), Topic, Status, Updated or Id", DefaultValueFactory = _ => GapOrderField.Priority };
        var ascending = new Option<bool>("--ascending") { Description = "Lowest first (default: highest first)" };
        var limit = new Option<int>("--limit") { Description = "Gaps to show (1-10000)", DefaultValueFactory = _ => 100 };
        var asOf = new Option<string?>("--as-of") { Description = "The gaps an analysis as of this date (YYYY-MM-DD) finds, as the API's asOf; recorded as an as-of run" };
        var json = GlobalOptions.Json("the gaps");
        var command = new Command("gaps", "List the gaps found by the last analysis (and those editors recorded), with the API's filters")
        {
            status, topic, minPriority, body, owner, text, editorCreated, orderBy, ascending, limit, asOf, json,
        };
        limit.Validators.Add(r =>
        {
            if (r.TryValue<int>(out var value) && value is < 1 or > 10_000)
            {
                r.AddError("--limit must be between 1 and 10000");
            }
        });
        minPriority.Validators.Add(r =>
        {
            if (r.TryValue<double?>(out var value) && value is < 0 or > 100)
            {
                r.AddError("--min-priority must be between 0 and 100");
            }
        });
        asOf.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } date && !AnalyzeCommand.TryParseDate(date, out _))
            {
                r.AddError($"--as-of '{date}' must be a date YYYY-MM-DD");
            }
        });
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var query = new GapQuery
            {
                Status = result.GetValue(status) ?? [],
                Topic = result.GetValue(topic),
                MinPriority = result.GetValue(minPriority),
                Body = result.GetValue(body),
                Owner = result.GetValue(owner),
                Text = result.GetValue(text),
                EditorCreated = result.GetValue(editorCreated),
                OrderBy = result.GetValue(orderBy),
                Direction = result.GetValue(ascending) ? SortDirection.Asc : SortDirection.Desc,
            };
            await using var session = await AnalysisSession.OpenAsync(console, GlobalOptions.DataPath(result), null, ct, readOnly: true);
            var date = result.GetValue(asOf) is { } given && AnalyzeCommand.TryParseDate(given, out var d) ? d : (DateOnly?)null;
            var gaps = (await session.Gaps.ListAsync(query, date, ct)).Take(result.GetValue(limit)).ToList();
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(gaps);
                return ExitCodes.Ok;
            }

            if (gaps.Count == 0)
            {
                await console.Out.WriteLineAsync("no gaps match (run 'roadmap analyze' first?)");
            }

            foreach (var gap in gaps)
            {
                await PrintAsync(console, gap);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task PrintAsync(CliConsole console, Gap gap)
    {
        var inv = CultureInfo.InvariantCulture;
        await console.Out.WriteLineAsync(string.Create(inv, $"{gap.Priority,5:F1}  {gap.Status,-9} {gap.Kind,-11} {gap.TopicId}"));
        await console.Out.WriteLineAsync($"       {gap.Statement}");
        if (gap.PriorityBreakdown is { } breakdown)
        {
            await console.Out.WriteLineAsync($"       {breakdown.Formula}: " + string.Join(", ", breakdown.Terms.Select(t => string.Create(inv, $"{t.Name}={t.Value:0.###} ({t.Explanation})"))));
        }

        await console.Out.WriteLineAsync($"       owner: {gap.SuggestedOwner ?? "—"}; work in progress: {(gap.WorkInProgress.Count == 0 ? "none" : string.Join(", ", gap.WorkInProgress))}");
        foreach (var evidence in gap.Evidence.Take(6))
        {
            await console.Out.WriteLineAsync(string.Create(inv, $"       evidence {evidence.Mapping,-10} {evidence.Confidence:F2}  {evidence.DocumentKey} ({evidence.State})"));
        }

        await console.Out.WriteLineAsync($"       first seen {gap.FirstSeenRun}, last changed {gap.LastChangedRun}");
    }
}
