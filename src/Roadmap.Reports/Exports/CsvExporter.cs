using System.Globalization;
using CsvHelper;

namespace Roadmap.Reports.Exports;

/// <summary>
/// CSV for spreadsheets (RFC 4180 through CsvHelper, invariant culture, <c>\n</c> line ends): one file per set. Every
/// text cell that starts with <c>= + - @</c>, tab or CR gets a leading <c>'</c> (OWASP's advice against CSV injection),
/// so a title such as <c>=HYPERLINK(…)</c> that a crawled page carried opens as text, not as a formula. A designation or
/// a text starting with '-' is prefixed too, as OWASP says; numeric columns (priority, scores) are numbers and are not.
/// </summary>
public static class CsvExporter
{
    public const string Separator = "; ";

    public static CsvWriterOptions Options { get; } = new()
    {
        NewLine = "\n",
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.Escape, // CsvHelper's default characters are OWASP's: = @ + - tab CR; the escape is '
    };

    public static void Write(ExportData data, ExportSet set, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        switch (set)
        {
            case ExportSet.Documents:
                csv.WriteRecords(Documents(data));
                break;
            case ExportSet.Gaps:
                csv.WriteRecords(Gaps(data));
                break;
            case ExportSet.Overlaps:
                csv.WriteRecords(Overlaps(data));
                break;
            default:
                throw new ArgumentException("CSV holds one set per file: export documents, gaps and overlaps one at a time, or all into a folder", nameof(set));
        }
    }

    public static IEnumerable<DocumentCsvRow> Documents(ExportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var topics = data.Assignments.ToLookup(a => a.DocumentKey, a => a.TopicId, StringComparer.Ordinal);
        return data.Documents.Select(d => new DocumentCsvRow
        {
            Key = d.Key,
            Designation = d.Designation,
            Body = d.Body,
            Kind = d.Kind.ToString(),
            Title = d.Title,
            Stage = d.Lifecycle.Stage.ToString(),
            StatusCode = d.Lifecycle.Code,
            Published = d.Published?.ToString(),
            Committee = d.CommitteeKey,
            Topics = Join(topics[d.Key].Order(StringComparer.Ordinal)),
            Editions = d.Editions.Count,
            Url = d.Editions.Count > 0 ? d.Editions[0].Url : null,
        });
    }

    public static IEnumerable<GapCsvRow> Gaps(ExportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Gaps.Select(g => new GapCsvRow
        {
            Id = g.Id,
            Topic = g.TopicId,
            Kind = g.Kind.ToString(),
            Status = g.Status.ToString(),
            Priority = g.Priority,
            W = Term(g, "W"),
            A = Term(g, "A"),
            S = Term(g, "S"),
            B = Term(g, "B"),
            Statement = g.Statement,
            SuggestedOwner = g.SuggestedOwner,
            Evidence = Join(g.Evidence.Select(e => $"{e.DocumentKey} ({e.Mapping} {e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})")),
            WorkInProgress = Join(g.WorkInProgress),
        });
    }

    public static IEnumerable<OverlapCsvRow> Overlaps(ExportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Overlaps.Select(o => new OverlapCsvRow
        {
            First = o.FirstKey,
            Second = o.SecondKey,
            FirstBody = o.FirstBody,
            SecondBody = o.SecondBody,
            FirstCommittee = o.FirstCommittee,
            SecondCommittee = o.SecondCommittee,
            Score = o.Score,
            TextSimilarity = o.TextSimilarity,
            TopicSimilarity = o.TopicSimilarity,
            SharedTerms = Join(o.SharedTerms),
            SharedTopics = Join(o.SharedTopics),
            KnownRelation = o.KnownRelation?.ToString(),
        });
    }

    private static double? Term(Core.Gaps.Gap gap, string name) => gap.PriorityBreakdown?.Terms.FirstOrDefault(t => t.Name == name)?.Value;

    private static string? Join(IEnumerable<string> values)
    {
        var text = string.Join(Separator, values);
        return text.Length == 0 ? null : text;
    }
}
