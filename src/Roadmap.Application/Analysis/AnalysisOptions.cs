using System.ComponentModel.DataAnnotations;

namespace Roadmap.Application.Analysis;

/// <summary><c>Roadmap:Analysis:*</c>: when the service runs the analysis and how much it keeps in memory.</summary>
public sealed class AnalysisOptions
{
    public const string Section = "Roadmap:Analysis";

    /// <summary>Run a full analysis at start when none was ever run, and an incremental one after each index sync that saw writes.</summary>
    public bool AutoRun { get; set; } = true;

    /// <summary>A taxonomy file instead of the bundled <c>schema/taxonomy.yaml</c>.</summary>
    public string? Taxonomy { get; set; }

    /// <summary>
    /// Blend the semantic similarity of titles (a sentence model, in process) into overlap scores; off, overlaps compare
    /// words only. Measured against labelled pairs in docs/QUALITY.md.
    /// </summary>
    public bool Semantic { get; set; } = true;

    /// <summary>How many "as of" dates keep their results in memory (least recently used go first).</summary>
    [Range(1, 1000)]
    public int AsOfCacheEntries { get; set; } = 16;
}
