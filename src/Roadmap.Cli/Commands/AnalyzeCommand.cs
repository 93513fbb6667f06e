using System.CommandLine;
using System.Globalization;
using Roadmap.Analysis;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Gaps;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap analyze [--as-of DATE] [--full]</c>: classify, then coverage, gaps, overlaps and liaisons.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Analyse the landscape as it stood on this date (YYYY-MM-DD); live gaps are left alone" };
        var full = new Option<bool>("--full") { Description = "Re-classify every document, not only those changed since the last run" };
        var taxonomy = new Option<string?>("--taxonomy") { Description = "A taxonomy file instead of the bundled schema/taxonomy.yaml" };
        var json = GlobalOptions.Json("the whole result");
        var command = new Command("analyze", "Run the gap analysis: classification, coverage, gaps, overlaps, liaisons") { asOf, full, taxonomy, json };
        asOf.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !TryParseDate(text, out _))
            {
                r.AddError($"--as-of '{text}' must be a date YYYY-MM-DD");
            }
        });
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var date = result.GetValue(asOf) is { } text && TryParseDate(text, out var d) ? d : (DateOnly?)null;
            await using var session = await AnalysisSession.OpenAsync(console, GlobalOptions.DataPath(result), result.GetValue(taxonomy), ct);
            // A warning, not a failure: the analysis still stands, but a rapporteur must learn which mandate nobody can act on.
            foreach (var problem in TaxonomyOwners.Unresolved(session.Taxonomy, await session.Graph.ListCommitteesAsync(ct)))
            {
                await console.Error.WriteLineAsync($"warning: taxonomy {problem}");
            }

            var (outcome, refiled) = await session.AnalyzeAsync(new AnalysisRequest { AsOf = date, Full = result.GetValue(full) }, ct);
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(outcome);
            }
            else
            {
                await PrintAsync(console, outcome, refiled);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    // Encoding titles with the sentence model is reported apart: it is the part that grows with the corpus.
    private static string Embedding(AnalysisResult outcome) =>
        outcome.EmbeddingElapsed is { } elapsed ? string.Create(CultureInfo.InvariantCulture, $" (of which sentence embeddings {elapsed.TotalSeconds:F1} s)") : string.Empty;

    public static async Task PrintAsync(CliConsole console, AnalysisResult outcome, int refiled)
    {
        var run = outcome.Run;
        var when = run.AsOf is { } date ? $"as of {date:yyyy-MM-dd}" : "current landscape";
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"analysis {run.Id} ({run.Mode}, {when}): {run.Classified:N0} documents classified, {run.InScope:N0} in scope, {outcome.Elapsed.TotalSeconds:F1} s{Embedding(outcome)}"));
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"gaps: {outcome.Gaps.Count(g => g.Status == GapStatus.Open)} open, {outcome.Gaps.Count(g => g.Status == GapStatus.Addressed)} addressed, {outcome.Gaps.Count} in all; overlaps: {outcome.Overlaps.Count(o => !o.IsKnown)} unknown, {outcome.Overlaps.Count(o => o.IsKnown)} known relations; {outcome.Liaisons.Count} liaison suggestions"));
        foreach (var gap in outcome.Gaps.Where(g => g.Status == GapStatus.Open).Take(5))
        {
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  gap {gap.Priority,5:F1}  {gap.TopicId}: {gap.Statement} → {gap.SuggestedOwner}"));
        }

        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"search index: {refiled:N0} documents updated (topics, and changes since the last sync)"));
        await console.Out.WriteLineAsync("Next: roadmap gaps · roadmap overlaps · roadmap coverage");
    }

    internal static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
