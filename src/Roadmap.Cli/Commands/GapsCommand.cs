using System.CommandLine;
using System.Globalization;
using Roadmap.Core.Gaps;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap gaps [--status S]</c>: the stored gaps with statement, evidence, owner and the priority's terms.</summary>
internal static class GapsCommand
{
    public static Command Create(CliConsole console)
    {
        var status = new Option<GapStatus?>("--status") { Description = "Only gaps in this status: Open, Addressed, Closed, Dismissed" };
        var json = GlobalOptions.Json("the gaps");
        var command = new Command("gaps", "List the gaps found by the last analysis (and those editors recorded)") { status, json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            await using var store = await AnalysisSession.OpenStoreAsync(GlobalOptions.DataPath(result), ct);
            var gaps = await store.ListGapsAsync(result.GetValue(status), ct);
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(gaps);
                return ExitCodes.Ok;
            }

            if (gaps.Count == 0)
            {
                await console.Out.WriteLineAsync("no gaps (run 'roadmap analyze' first?)");
            }

            var inv = CultureInfo.InvariantCulture;
            foreach (var gap in gaps)
            {
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

            return ExitCodes.Ok;
        }));
        return command;
    }
}
