using System.Globalization;
using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Gaps;

/// <summary>
/// The gap priority, written out so anyone can redo it:
/// <c>priority = 100 × W × (0.45 × A + 0.30 × S + 0.25 × B)</c>, where W is the topic's weight, A the absence of any
/// work (1 when nothing is in force or in development), S the staleness (1 when nothing is in force, else the newest
/// in-force document's age over twice the stale age, capped at 1) and B the activity elsewhere (bodies active in the
/// sibling topics, over 4, capped at 1): a quiet corner of a busy field ranks higher.
/// </summary>
public static class PriorityFormula
{
    public const double AbsenceCoefficient = 0.45;
    public const double StalenessCoefficient = 0.30;
    public const double ActivityCoefficient = 0.25;
    public const int BodiesForFullActivity = 4;

    public const string Text = "priority = 100 × W × (0.45 × A + 0.30 × S + 0.25 × B)";

    public static GapPriority Compute(double weight, bool anyWork, double? newestAgeYears, int staleAfterYears, int bodiesElsewhere)
    {
        var absence = anyWork ? 0.0 : 1.0;
        var staleness = newestAgeYears is { } age ? Math.Clamp(age / (2.0 * staleAfterYears), 0, 1) : 1.0;
        var activity = Math.Min(1.0, bodiesElsewhere / (double)BodiesForFullActivity);
        var score = Math.Round(100 * weight * ((AbsenceCoefficient * absence) + (StalenessCoefficient * staleness) + (ActivityCoefficient * activity)), 1);
        var inv = CultureInfo.InvariantCulture;
        return new GapPriority(score, Text,
        [
            new PriorityTerm("W", weight, 100, "topic weight from the taxonomy"),
            new PriorityTerm("A", absence, AbsenceCoefficient, anyWork ? "some document is in force or in development" : "no document in force and nothing in development"),
            new PriorityTerm("S", Math.Round(staleness, 3), StalenessCoefficient, newestAgeYears is { } years
                ? string.Create(inv, $"newest document in force is {years:F1} years old (stale after {staleAfterYears})")
                : "no document in force"),
            new PriorityTerm("B", activity, ActivityCoefficient, string.Create(inv, $"{bodiesElsewhere} bodies active in sibling topics")),
        ]);
    }
}
