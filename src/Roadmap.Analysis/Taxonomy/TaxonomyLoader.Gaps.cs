namespace Roadmap.Analysis.Taxonomy;

public static partial class TaxonomyLoader
{
    private static GapSettings ReadGapSettings(TaxonomyFile.GapsEntry? entry, List<string> errors)
    {
        var defaults = new GapSettings();
        if (entry is null)
        {
            return defaults;
        }

        var settings = new GapSettings
        {
            ThinMaxNormative = entry.ThinMaxNormative ?? defaults.ThinMaxNormative,
            AboutToGoStaleYears = entry.AboutToGoStaleYears ?? defaults.AboutToGoStaleYears,
            ParallelWindowYears = entry.ParallelWindowYears ?? defaults.ParallelWindowYears,
            WellCoveredNormative = entry.WellCoveredNormative ?? defaults.WellCoveredNormative,
            WellCoveredBodies = entry.WellCoveredBodies ?? defaults.WellCoveredBodies,
            MaxGenericEvidence = entry.MaxGenericEvidence ?? defaults.MaxGenericEvidence,
            Perspectives = entry.Perspectives is null ? defaults.Perspectives : [.. entry.Perspectives.Select((p, i) => ReadPerspective(p, i, errors)).OfType<Perspective>()],
        };
        foreach (var (name, value) in new[]
        {
            ("thinMaxNormative", settings.ThinMaxNormative), ("aboutToGoStaleYears", settings.AboutToGoStaleYears), ("parallelWindowYears", settings.ParallelWindowYears),
            ("wellCoveredNormative", settings.WellCoveredNormative), ("wellCoveredBodies", settings.WellCoveredBodies), ("maxGenericEvidence", settings.MaxGenericEvidence),
        })
        {
            if (value < 0)
            {
                errors.Add($"gaps: {name} must be 0 or more (found {value})");
            }
        }

        return settings;
    }

    private static Perspective? ReadPerspective(TaxonomyFile.PerspectiveEntry entry, int index, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(entry.Body))
        {
            errors.Add($"gaps: perspective {index + 1} has no body");
            return null;
        }

        if (!Enum.TryParse<PerspectiveCount>(entry.Counts?.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var counts))
        {
            errors.Add($"gaps: perspective {index + 1} ({entry.Body}): counts must be normative-in-force or any-deliverable (found '{entry.Counts}')");
            return null;
        }

        return new Perspective(entry.Body.Trim(), counts, entry.Deliverable?.Trim() ?? $"{entry.Body.Trim()} deliverable");
    }
}
