namespace Roadmap.Reports;

/// <summary>Which edition to build: the landscape on <see cref="AsOf"/> (null: today), compared with <see cref="Since"/>.</summary>
public sealed record ReportRequest
{
    /// <summary>The landscape's date; null for the current landscape, with the editors' live gap decisions.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The previous edition's date for "what changed"; null for one year before the edition.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>How many of the strongest unknown overlaps the overlaps section lists.</summary>
    public int MaxOverlaps { get; init; } = 30;

    /// <summary>The most rows a table shows in the body of the document; a longer one shows that many and appears in full in Annex H.</summary>
    public int MaxBodyTableRows { get; init; } = 20;
}
