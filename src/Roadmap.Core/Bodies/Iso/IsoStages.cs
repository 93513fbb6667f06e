using System.Globalization;

namespace Roadmap.Core.Lifecycle;

/// <summary>ISO/IEC harmonized stage codes (00.00–95.99) mapped onto the common lifecycle.</summary>
public static class IsoStages
{
    public const string Scheme = "iso-stage";

    private static readonly HashSet<int> KnownStages = [0, 10, 20, 30, 40, 50, 60, 90, 95];

    private static readonly Dictionary<int, HashSet<int>> KnownSubstages = new()
    {
        [0] = [0, 20, 60, 98, 99],
        [10] = [0, 20, 60, 92, 98, 99],
        [20] = [0, 20, 60, 98, 99],
        [30] = [0, 20, 60, 92, 98, 99],
        [40] = [0, 20, 60, 92, 93, 98, 99],
        [50] = [0, 20, 60, 92, 98, 99],
        [60] = [0, 60],
        [90] = [0, 20, 60, 92, 93, 98, 99],
        [95] = [20, 60, 92, 99],
    };

    /// <summary>Maps a code written <c>60.60</c> or as the feed's integer <c>6060</c>.</summary>
    /// <exception cref="LifecycleMappingException">The code is not a harmonized stage code.</exception>
    public static DocumentLifecycle Map(string code)
    {
        var (stage, substage) = Split(code);
        return new DocumentLifecycle(Classify(stage, substage), Scheme, Format(stage, substage));
    }

    /// <summary>Maps the Open Data feed's integer form (stage × 100 + substage).</summary>
    public static DocumentLifecycle Map(int currentStage) => Map(currentStage.ToString("D4", CultureInfo.InvariantCulture));

    public static bool TryMap(string? code, out DocumentLifecycle? lifecycle)
    {
        lifecycle = null;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        try
        {
            lifecycle = Map(code);
            return true;
        }
        catch (LifecycleMappingException)
        {
            return false;
        }
    }

    private static LifecycleStage Classify(int stage, int substage)
    {
        if (substage == 98)
        {
            return LifecycleStage.Deleted;
        }

        return stage switch
        {
            0 or 10 => LifecycleStage.Proposed,
            < 60 => LifecycleStage.InDevelopment,
            60 when substage < 60 => LifecycleStage.InDevelopment,
            60 => LifecycleStage.Published,
            90 when substage is 92 or 99 => LifecycleStage.UnderReview,
            90 => LifecycleStage.Published,
            95 when substage == 99 => LifecycleStage.Withdrawn,
            95 when substage == 92 => LifecycleStage.Published,
            _ => LifecycleStage.UnderReview,
        };
    }

    private static (int Stage, int Substage) Split(string code)
    {
        var text = code.Trim();
        string stagePart, subPart;
        if (text.Length == 5 && text[2] == '.')
        {
            (stagePart, subPart) = (text[..2], text[3..]);
        }
        else if (text.Length is 3 or 4 && text.All(char.IsAsciiDigit))
        {
            var padded = text.PadLeft(4, '0');
            (stagePart, subPart) = (padded[..2], padded[2..]);
        }
        else
        {
            throw new LifecycleMappingException($"'{code}' is not an ISO stage code (expected NN.NN, e.g. 60.60)");
        }

        if (!int.TryParse(stagePart, NumberStyles.None, CultureInfo.InvariantCulture, out var stage)
            || !int.TryParse(subPart, NumberStyles.None, CultureInfo.InvariantCulture, out var substage)
            || !KnownStages.Contains(stage)
            || !KnownSubstages[stage].Contains(substage))
        {
            throw new LifecycleMappingException($"'{code}' is not a known ISO harmonized stage code");
        }

        return (stage, substage);
    }

    private static string Format(int stage, int substage) =>
        string.Create(CultureInfo.InvariantCulture, $"{stage:D2}.{substage:D2}");
}
