using System.Diagnostics.CodeAnalysis;

namespace Roadmap.Analysis.Taxonomy;

// The YAML shape of schema/taxonomy.yaml. Mutable because YamlDotNet fills it; TaxonomyLoader turns it into records.
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
internal sealed class TaxonomyFile
{
    public int Version { get; set; }

    public SettingsEntry? Settings { get; set; }

    public ContextEntry? Context { get; set; }

    public List<TopicEntry>? Topics { get; set; }

    public GapsEntry? Gaps { get; set; }

    [SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
    internal sealed class GapsEntry
    {
        public int? ThinMaxNormative { get; set; }

        public int? AboutToGoStaleYears { get; set; }

        public int? ParallelWindowYears { get; set; }

        public int? WellCoveredNormative { get; set; }

        public int? WellCoveredBodies { get; set; }

        public int? MaxGenericEvidence { get; set; }

        public List<PerspectiveEntry>? Perspectives { get; set; }
    }

    [SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
    internal sealed class PerspectiveEntry
    {
        public string? Body { get; set; }

        public string? Counts { get; set; }

        public string? Deliverable { get; set; }
    }

    [SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
    internal sealed class SettingsEntry
    {
        public double? Threshold { get; set; }

        public double? DirectScore { get; set; }

        public double? ScopeFactor { get; set; }

        public double? CommitteeHintWeight { get; set; }

        public double? DesignationWeight { get; set; }

        public int? StaleAfterYears { get; set; }
    }

    [SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
    internal sealed class ContextEntry
    {
        public List<string>? Queries { get; set; }

        public List<string>? Exclude { get; set; }

        public List<string>? Committees { get; set; }
    }

    [SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
    internal sealed class TopicEntry
    {
        public string? Id { get; set; }

        public string? Parent { get; set; }

        public string? Name { get; set; }

        public string? Scope { get; set; }

        public double? Weight { get; set; }

        public bool? Context { get; set; }

        public List<RuleEntry>? Rules { get; set; }

        public List<string>? Designations { get; set; }

        public List<string>? Generic { get; set; }

        public string? Counterpart { get; set; }

        public bool? Fallback { get; set; }

        public List<string>? Committees { get; set; }

        public List<OwnerEntry>? Owners { get; set; }
    }

    [SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
    internal sealed class RuleEntry
    {
        public string? Query { get; set; }

        public double? Weight { get; set; }
    }

    [SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
    internal sealed class OwnerEntry
    {
        public string? Committee { get; set; }

        public string? Mandate { get; set; }
    }
}
