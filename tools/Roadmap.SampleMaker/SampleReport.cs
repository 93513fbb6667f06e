using System.Globalization;
using System.Text;

namespace Roadmap.SampleMaker;

/// <summary>How many records of each body and stage group the sample holds.</summary>
internal sealed record CountRow(string Body, string Group, int Count);

/// <summary>A written file, its line count and size in bytes.</summary>
internal sealed record FileStat(string Name, int Lines, long Bytes);

/// <summary>What a run produced; printed at the end and rendered into samples/README.md.</summary>
internal sealed record SampleReport(IReadOnlyList<CountRow> Counts, IReadOnlyList<CountRow> Committees, IReadOnlyList<FileStat> Files)
{
    public int Total => Counts.Sum(c => c.Count);

    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var body in Counts.GroupBy(c => c.Body))
        {
            text.Append(CultureInfo.InvariantCulture, $"{body.Key,-8} {body.Sum(c => c.Count),5}  ");
            text.AppendJoin(" · ", body.Select(c => $"{c.Group} {c.Count}")).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"{"total",-8} {Total,5}\n");
        text.Append(CultureInfo.InvariantCulture, $"committees {Committees.Sum(c => c.Count)}: ");
        text.AppendJoin(" · ", Committees.Select(c => $"{c.Body} {c.Count}")).Append('\n');
        foreach (var file in Files)
        {
            text.Append(CultureInfo.InvariantCulture, $"{file.Name}: {file.Lines} lines, {file.Bytes} bytes\n");
        }

        return text.ToString();
    }
}
