using System.Globalization;

namespace Roadmap.Reports.Model;

/// <summary>A matrix of counts with its row and column labels: what a figure draws, and its data table.</summary>
public sealed record ChartData(string RowTitle, IReadOnlyList<string> Rows, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<int>> Values)
{
    public int Max => Values.SelectMany(r => r).DefaultIfEmpty(0).Max();

    /// <summary>The figure's data as a table (row label, then one column per column label; zero shown as blank).</summary>
    public ReportTable ToTable(string caption) => new(
        caption,
        [RowTitle, .. Columns],
        [.. Rows.Select((row, i) => (IReadOnlyList<string>)[row, .. Values[i].Select(v => v == 0 ? string.Empty : v.ToString(CultureInfo.InvariantCulture))])]);
}
