using System.Globalization;
using System.Text.RegularExpressions;

namespace Roadmap.Application.Evaluation;

/// <summary>
/// A reviewer's judgment of whether anybody was working on a leaf topic on a past date: <c>yes</c>, <c>no</c> or
/// <c>unknown</c> (documents appeared later and nothing says when their work began). The date is the label file's, named
/// in its judgment column (<c>had_work_in_development_at_2019_12_31</c>).
/// </summary>
public sealed partial record AsOfLabel(string Topic, string Judgment, IReadOnlyList<string> Evidence)
{
    public static (DateOnly Date, IReadOnlyList<AsOfLabel> Labels) Read(string path)
    {
        var header = LabelCsv.Header(path);
        var column = header.FirstOrDefault(h => JudgmentColumn().IsMatch(h))
            ?? throw new LabelFileException($"{path}: no judgment column named like had_work_in_development_at_YYYY_MM_DD; the header has {string.Join(", ", header)}");
        var date = DateOnly.ParseExact(JudgmentColumn().Match(column).Groups["date"].Value, "yyyy_MM_dd", CultureInfo.InvariantCulture);
        var labels = LabelCsv.Read(path, "topic", column).Select(row =>
        {
            var judgment = row[column].ToLowerInvariant();
            return judgment is "yes" or "no" or "unknown"
                ? new AsOfLabel(row["topic"], judgment, [.. (row.GetValueOrDefault("evidence") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)])
                : throw new LabelFileException($"{path}: topic {row["topic"]}: judgment '{row[column]}' is not yes, no or unknown");
        }).ToList();
        return (date, labels);
    }

    [GeneratedRegex(@"^had_work_in_development_at_(?<date>\d{4}_\d{2}_\d{2})$")]
    private static partial Regex JudgmentColumn();
}
