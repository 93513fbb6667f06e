using Roadmap.Core.Wording;
using Roadmap.Reports.Model;

namespace Roadmap.Reports.Building;

/// <summary>
/// Keeps the body of the roadmap readable: a table longer than the limit shows its first rows where it stands (the
/// tables of the parts are ranked, so these are the strongest) and moves whole to an annex, with a sentence saying so.
/// </summary>
internal static class LongTables
{
    public const string AnnexId = "annex-h-full-tables";
    public const string AnnexTitle = "Annex H — Full tables";
    private const string AnnexName = "Annex H";

    /// <summary>The sections with long tables shortened, and the annex holding them in full (null when none was long).</summary>
    /// <param name="elsewhere">
    /// Tables (by caption) whose every row another annex already gives in full, with the sentence that points there:
    /// shortened with that sentence rather than copied to Annex H.
    /// </param>
    public static (IReadOnlyList<ReportSection> Sections, ReportSection? Annex) Move(
        IReadOnlyList<ReportSection> sections, int maxRows, IReadOnlyDictionary<string, string>? elsewhere = null)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        var moved = new List<ReportTable>();
        var shortened = sections.Select(s => Shorten(s, maxRows, elsewhere ?? new Dictionary<string, string>(), moved)).ToList();
        if (moved.Count == 0)
        {
            return (shortened, null);
        }

        var annex = new ReportSection
        {
            Id = AnnexId,
            Title = AnnexTitle,
            Level = 2,
            Blocks =
            [
                new Paragraph($"The {Counted.Noun(moved.Count, "table")} of the parts above that {(moved.Count == 1 ? "is" : "are")} too long to read in place, in full, in the order they appear."),
                .. moved,
            ],
        };
        return (shortened, annex);
    }

    private static ReportSection Shorten(ReportSection section, int maxRows, IReadOnlyDictionary<string, string> elsewhere, List<ReportTable> moved)
    {
        var blocks = new List<ReportBlock>(section.Blocks.Count);
        foreach (var block in section.Blocks)
        {
            if (block is ReportTable table && table.Rows.Count > maxRows)
            {
                blocks.Add(table with { Caption = $"{table.Caption} (first {Text.Number(maxRows)} of {Text.Number(table.Rows.Count)} rows)", Rows = [.. table.Rows.Take(maxRows)] });
                if (elsewhere.TryGetValue(table.Caption, out var pointer))
                {
                    blocks.Add(new Paragraph(pointer));
                }
                else
                {
                    moved.Add(table);
                    blocks.Add(new Paragraph($"{AnnexName} gives the table \"{table.Caption}\" in full ({Counted.Of(table.Rows.Count, "row")})."));
                }
            }
            else
            {
                blocks.Add(block);
            }
        }

        return section with { Blocks = blocks, Sections = [.. section.Sections.Select(s => Shorten(s, maxRows, elsewhere, moved))] };
    }
}
