namespace Roadmap.Reports.Exports;

/// <summary>What an export holds: the documents (with committees, bodies, topics and relations), the gaps, the overlaps, or all.</summary>
public enum ExportSet
{
    Documents,
    Gaps,
    Overlaps,
    All,
}
