using System.Globalization;
using Roadmap.Core.Gaps;
using Roadmap.Core.Wording;

namespace Roadmap.Analysis.Gaps;

/// <summary>
/// The gap priority, written out so anyone can redo it:
/// <c>priority = 100 × W × (0.40 × K + 0.20 × N + 0.15 × D + 0.15 × S + 0.10 × P)</c>, where W is the topic's weight,
/// K the severity of the finding's kind (no coverage 1 … about to go stale 0.4), N the absence of normative text (1 with
/// none in force, 0 from <see cref="Taxonomy.GapSettings.WellCoveredNormative"/> up), D the lack of body diversity (1
/// with no body, 0 from three bodies), S the staleness (1 with nothing in force, else the newest in-force document's age
/// over twice the stale age, capped at 1) and P the empty pipeline (1 when nothing is in development). Two findings on
/// one topic rank apart by kind, and two topics of equal weight by what actually covers them.
/// </summary>
public static class PriorityFormula
{
    public const double KindCoefficient = 0.40;
    public const double NormativeCoefficient = 0.20;
    public const double DiversityCoefficient = 0.15;
    public const double StalenessCoefficient = 0.15;
    public const double PipelineCoefficient = 0.10;
    public const int BodiesForDiversity = 3;

    public const string Text = "priority = 100 × W × (0.40 × K + 0.20 × N + 0.15 × D + 0.15 × S + 0.10 × P)";

    /// <summary>How much a finding of each kind weighs on its own, before the topic's coverage is looked at.</summary>
    public static double Severity(GapKind kind) => kind switch
    {
        GapKind.NoCoverage => 1.0,
        GapKind.GenericOnly => 0.9,
        GapKind.NoPerspectiveWork => 0.8,
        GapKind.InformativeOnly or GapKind.NoSecurityCounterpart => 0.7,
        GapKind.StaleOnly or GapKind.Thin => 0.6,
        GapKind.SingleBody or GapKind.ParallelUncoordinated or GapKind.Editor => 0.5,
        GapKind.AboutToGoStale => 0.4,
        _ => 0.3,
    };

    public static GapPriority Compute(GapKind kind, double weight, int normativeInForce, int normativeForFull, int bodies, double? newestAgeYears, int staleAfterYears, bool workInDevelopment)
    {
        var severity = Severity(kind);
        var normative = 1 - Math.Min(1.0, normativeInForce / (double)Math.Max(1, normativeForFull));
        var diversity = 1 - Math.Min(1.0, bodies / (double)BodiesForDiversity);
        var staleness = newestAgeYears is { } age ? Math.Clamp(age / (2.0 * staleAfterYears), 0, 1) : 1.0;
        var pipeline = workInDevelopment ? 0.0 : 1.0;
        var score = Math.Round(100 * weight * ((KindCoefficient * severity) + (NormativeCoefficient * normative) + (DiversityCoefficient * diversity) + (StalenessCoefficient * staleness) + (PipelineCoefficient * pipeline)), 1);
        var inv = CultureInfo.InvariantCulture;
        return new GapPriority(score, Text,
        [
            new PriorityTerm("W", weight, 100, "topic weight from the taxonomy"),
            new PriorityTerm("K", severity, KindCoefficient, $"severity of a {kind} finding"),
            new PriorityTerm("N", Math.Round(normative, 3), NormativeCoefficient, string.Create(inv, $"{Counted.Of(normativeInForce, "normative document")} in force ({normativeForFull} or more count as covered)")),
            new PriorityTerm("D", Math.Round(diversity, 3), DiversityCoefficient, string.Create(inv, $"{Counted.Of(bodies, "body")} with documents in force ({BodiesForDiversity} or more count as diverse)")),
            new PriorityTerm("S", Math.Round(staleness, 3), StalenessCoefficient, newestAgeYears is { } years
                ? string.Create(inv, $"newest document in force is {years:F1} years old (stale after {staleAfterYears})")
                : "no document in force"),
            new PriorityTerm("P", pipeline, PipelineCoefficient, workInDevelopment ? "work is in development" : "nothing is in development"),
        ]);
    }
}
