using System.CommandLine;
using System.Globalization;
using Roadmap.Core.Analysis;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap overlaps [--min-score S]</c>: cross-body document pairs with similar scope, and the liaisons they suggest.</summary>
internal static class OverlapsCommand
{
    public static Command Create(CliConsole console)
    {
        var minScore = new Option<double>("--min-score") { Description = "Only pairs scoring at least this (0–1)", DefaultValueFactory = _ => 0.3 };
        var known = new Option<bool>("--known") { Description = "Also list pairs the graph already relates (common texts, twins, adoptions)" };
        var limit = new Option<int>("--limit") { Description = "Pairs to show", DefaultValueFactory = _ => 30 };
        var json = GlobalOptions.Json("the overlaps and liaison suggestions");
        var command = new Command("overlaps", "List overlapping documents across bodies and committees, and liaison suggestions") { minScore, known, limit, json };
        minScore.Validators.Add(r =>
        {
            if (r.TryValue<double>(out var value) && value is < 0 or > 1)
            {
                r.AddError("--min-score must be between 0 and 1");
            }
        });
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            await using var state = await StoreFactory.OpenStateAsync(GlobalOptions.DataPath(result), ct);
            var store = state.Analysis;
            var overlaps = await store.ListOverlapsAsync(result.GetValue(minScore), result.GetValue(known), ct);
            // The live landscape, never a reader's "as of" run that happens to be newer.
            var live = await store.GetLiveRunAsync(ct);
            var snapshot = live is null ? null : await store.GetSnapshotAsync(live.Id, ct);
            var liaisons = snapshot?.Liaisons ?? [];
            var internalCoordination = snapshot?.InternalCoordination ?? [];
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(new { overlaps = overlaps.Take(Math.Max(1, result.GetValue(limit))), liaisons, internalCoordination });
                return ExitCodes.Ok;
            }

            var inv = CultureInfo.InvariantCulture;
            foreach (var o in overlaps.Take(Math.Max(1, result.GetValue(limit))))
            {
                var tag = o.KnownRelation is { } relation ? $" [known: {relation}]" : o.LikelyCommonText ? " [likely common text]" : string.Empty;
                await console.Out.WriteLineAsync(string.Create(inv, $"{o.Score:F3}  {o.FirstKey} ({o.FirstCommittee ?? o.FirstBody}) ↔ {o.SecondKey} ({o.SecondCommittee ?? o.SecondBody}){tag}"));
                var meaning = o.SemanticSimilarity is { } semantic ? string.Create(inv, $"meaning {semantic:F2}, ") : string.Empty;
                await console.Out.WriteLineAsync(string.Create(inv, $"       {meaning}text {o.TextSimilarity:F2}, topics {o.TopicSimilarity:F2}; terms: {string.Join(' ', o.SharedTerms)}; topics: {string.Join(' ', o.SharedTopics)}"));
            }

            await console.Out.WriteLineAsync(string.Create(inv, $"{overlaps.Count} pair(s). Liaison suggestions (across bodies; strength = summed score / √((documents + 5) × (documents + 5))):"));
            foreach (var s in liaisons.Take(10))
            {
                var status = s.Existing is null ? "new" : $"existing: {s.Existing}";
                await console.Out.WriteLineAsync(string.Create(inv, $"  {s.Strength,6:F2}  {s.FirstCommittee} ↔ {s.SecondCommittee} [{status}]: {s.Overlaps} overlaps on {string.Join(", ", s.SharedTopics)}"));
            }

            await console.Out.WriteLineAsync("Internal coordination (same body, or a committee and its own subgroup):");
            foreach (var s in internalCoordination.Take(10))
            {
                await console.Out.WriteLineAsync(string.Create(inv, $"  {s.Strength,6:F2}  {s.FirstCommittee} ↔ {s.SecondCommittee} ({s.Internal}): {s.Overlaps} overlaps"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
